def log = new File(basedir, 'build.log').text
// each finding is logged as an error with rule, severity, file:line and resource
assert log.contains('[ERROR] FG101 (high) network/topics.tf:1 aws_sns_topic.alerts: missing tags')
// and the failure message lists it again
assert log.contains('finguard: 1 violation(s) at or above low (0 allowed):')
assert log.contains('BUILD FAILURE')
assert log.contains('MAVEN/MojoFailureException')
