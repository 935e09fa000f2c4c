def log = new File(basedir, 'build.log').text
assert log.contains('finguard: 0 findings (0 at or above low)')
assert log.contains('BUILD SUCCESS')
