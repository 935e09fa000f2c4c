def log = new File(basedir, 'build.log').text
assert log.contains('finguard: skipped')
assert !log.contains('FG101')
assert log.contains('BUILD SUCCESS')
