import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('finguard: 0 findings (0 at or above low)')
assert log.contains('BUILD SUCCESS')

// with no <formats> configured, the check leaves its machine-readable result in target/, as checkstyle, pmd and
// spotbugs do: SARIF for code scanning and JSON for scripts, and nothing else
def out = new File(basedir, 'target/finguard')
assert out.list().sort() == ['finguard.json', 'finguard.sarif']
def sarif = new JsonSlurper().parse(new File(out, 'finguard.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'finguard'
assert sarif.runs[0].results == []
def json = new JsonSlurper().parse(new File(out, 'finguard.json'))
assert json.schemaVersion == 1
assert json.summary.findings == 0
assert log.contains('finguard: wrote ' + new File(out, 'finguard.sarif').path)
