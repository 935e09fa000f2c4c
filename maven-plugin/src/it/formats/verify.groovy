import groovy.json.JsonSlurper

def out = new File(basedir, 'target/finguard')
def json = new JsonSlurper().parse(new File(out, 'finguard.json'))
assert json.schemaVersion == 1
assert json.findings*.ruleId == ['FG101']
// relative to the top of the git work tree that holds the project (the checkout, for this test), else to the module
def file = json.findings[0].file
assert file == 'main.tf' || (file.endsWith('/formats/main.tf') && !file.startsWith('/'))
def sarif = new JsonSlurper().parse(new File(out, 'finguard.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results[0].ruleId == 'FG101'
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == file
assert new File(out, 'finguard.txt').text.contains('aws_sns_topic.alerts')
def log = new File(basedir, 'build.log').text
assert log.contains('finguard: wrote ')
