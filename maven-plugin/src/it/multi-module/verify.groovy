def log = new File(basedir, 'build.log').text
// the reactor builds parent, app, infra; each runs the check on its own directory
def parent = log.indexOf(':check (default) @ parent ---')
def app = log.indexOf(':check (default) @ app ---')
def infra = log.indexOf(':check (default) @ infra ---')
assert 0 <= parent && parent < app && app < infra
// the parent leaves infra/ to the infra module instead of failing on its findings, and app has no Terraform
assert log.substring(parent, app).contains('finguard: no Terraform files under')
assert log.substring(app, infra).contains('finguard: no Terraform files under')
// infra reports its finding once, relative to its own directory, and fails
assert log.count('[ERROR] FG101 (high) main.tf:') == 1
assert log.contains('[ERROR] FG101 (high) main.tf:12 aws_sns_topic.billing')
assert log =~ /Failed to execute goal io\.finguard:finguard-maven-plugin:[^:]+:check \(default\) on project infra/
