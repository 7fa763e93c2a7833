import groovy.xml.XmlSlurper
import groovy.xml.MarkupBuilder

// Read every pom.xml under the current directory and report dependency versions
// that differ between modules.

def versions = [:].withDefault { [:] }

new File('.').eachFileRecurse { f ->
    if (f.name != 'pom.xml' || f.path.contains('/target/')) return
    def pom = new XmlSlurper().parse(f)
    def module = pom.artifactId.text()
    pom.dependencies.dependency.each { dep ->
        def key = "${dep.groupId}:${dep.artifactId}"
        def ver = dep.version.text() ?: '(managed)'
        versions[key][module] = ver
    }
}

def conflicts = versions.findAll { key, byModule -> byModule.values().toSet().size() > 1 }

if (!conflicts) {
    println 'All modules agree on dependency versions.'
    return
}

def out = new StringWriter()
new MarkupBuilder(out).html {
    head { title 'Dependency conflicts' }
    body {
        h1 "Dependency conflicts (${conflicts.size()})"
        table(border: 1) {
            tr { th 'Artifact'; th 'Module'; th 'Version' }
            conflicts.each { key, byModule ->
                byModule.each { mod, ver ->
                    tr {
                        td key
                        td mod
                        td(style: ver == '(managed)' ? 'color:gray' : '', ver)
                    }
                }
            }
        }
    }
}
new File('conflicts.html').text = out.toString()
println "Wrote conflicts.html with ${conflicts.size()} artifacts"
