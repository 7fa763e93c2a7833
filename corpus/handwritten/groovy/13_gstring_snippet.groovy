def name = 'Grace'
def langs = ['COBOL', 'FLOW-MATIC']
println "Hello, ${name}! You know ${langs.size()} languages: ${langs.join(', ')}"
def lazy = "now: ${-> new Date().format('HH:mm:ss')}"
println lazy
println """Multi-line ${name.toUpperCase()}
  with ${langs*.toLowerCase()}"""
