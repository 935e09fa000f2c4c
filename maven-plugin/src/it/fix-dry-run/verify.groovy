def log = new File(basedir, 'build.log').text
// nothing is written to the Terraform
assert new File(basedir, 'main.tf').text.contains('  name = "/prod/app"\n  tags = {')
assert !new File(basedir, 'main.tf').text.contains('retention_in_days')
// the diff is a git diff of main.tf (its paths start at the top of whatever git work tree holds the project)
def diff = new File(basedir, 'target/finguard/finguard-fix.diff').text
assert diff =~ /(?m)^diff --git a\/(.*\/)?main\.tf b\/(.*\/)?main\.tf$/
assert diff.contains('\n+  retention_in_days = 30\n')
// the log names the fix and shows the diff
assert log.contains('finguard: 1 fix(es) in 1 file(s) under ')
assert log.contains('(dry run: no file is changed)')
assert log.contains('[INFO] finguard: fix main.tf:1 FG501 aws_cloudwatch_log_group.app: set retention_in_days to 30')
assert log.contains('[INFO] +  retention_in_days = 30')
assert !log.contains('finguard: wrote main.tf')
assert log.contains('BUILD SUCCESS')
