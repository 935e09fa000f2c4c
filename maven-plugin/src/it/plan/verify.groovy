def log = new File(basedir, 'build.log').text
// a plan-only finding has no file: the resource address says where it is
assert log.contains('[ERROR] FG101 (high) aws_sns_topic.billing: missing tag CostCenter')
assert !log.contains('aws_sns_topic.alerts:')
assert log.contains('finguard: 1 violation(s) at or above low (0 allowed):')
