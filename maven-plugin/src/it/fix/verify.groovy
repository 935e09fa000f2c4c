def log = new File(basedir, 'build.log').text
// the file is rewritten byte for byte as expected: only the lines the fixes must touch, the comment kept
assert new File(basedir, 'main.tf').bytes == new File(basedir, 'main.tf.expected').bytes
// each fix is logged with file:line, rule, resource and what it did
assert log.contains('finguard: 2 fix(es) in 1 file(s) under ')
assert log.contains('[INFO] finguard: fix main.tf:1 FG501 aws_cloudwatch_log_group.app: set retention_in_days to 30')
assert log.contains('[INFO] finguard: fix main.tf:14 FG501 aws_cloudwatch_log_group.jobs: set retention_in_days to 30')
assert log.contains('[INFO] finguard: wrote main.tf')
// the suppressed finding is not touched, and only a dry run writes a diff
assert !log.contains('aws_cloudwatch_log_group.audit')
assert !new File(basedir, 'target/finguard/finguard-fix.diff').exists()
assert log.contains('BUILD SUCCESS')
