def log = new File(basedir, 'build.log').text
// a broken setup is an execution error (not a violation) naming file, line and key
assert log.contains('finguard.yml:2: fail-fast')
assert !log.contains('violation(s)')
assert log.contains('MAVEN/MojoExecutionException')
