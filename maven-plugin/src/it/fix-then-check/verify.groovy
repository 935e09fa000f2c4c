def log = new File(basedir, 'build.log').text
def fix = log.indexOf(':fix (default-cli) @ fix-then-check ---')
def check = log.indexOf(':check (default) @ fix-then-check ---')
assert 0 <= fix && fix < check
assert log.substring(fix, check).contains('[INFO] finguard: fix main.tf:1 FG501 aws_cloudwatch_log_group.app: set retention_in_days to 30')
// the check reads the fixed file
assert log.substring(check).contains('finguard: 0 findings (0 at or above low)')
assert new File(basedir, 'main.tf').text.contains('  retention_in_days = 30\n}')
assert log.contains('BUILD SUCCESS')
