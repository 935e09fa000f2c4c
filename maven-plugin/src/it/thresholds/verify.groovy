// build.log holds the last invocation; the first two passed (the invoker checked their results)
def log = new File(basedir, 'build.log').text
assert log.contains('finguard: 3 violation(s) at or above low (2 allowed):')
assert log.contains('FG501 (medium) main.tf:')
