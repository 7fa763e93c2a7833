// vars/deployHelm.groovy in the platform-team shared library
// Usage from a Jenkinsfile:
//   deployHelm(chart: 'charts/api', release: 'api', namespace: 'shop', values: ['image.tag': env.GIT_COMMIT])

def call(Map cfg = [:]) {
    def chart     = cfg.chart ?: error('deployHelm: chart is required')
    def release   = cfg.release ?: chart.tokenize('/').last()
    def namespace = cfg.namespace ?: 'default'
    def timeout   = cfg.timeout ?: '5m'
    def context   = cfg.kubeContext ?: 'staging'
    def values    = cfg.values ?: [:]
    def dryRun    = cfg.get('dryRun', false)

    def setArgs = values.collect { k, v -> "--set ${k}=${shellQuote(v.toString())}" }.join(' ')

    withCredentials([file(credentialsId: "kubeconfig-${context}", variable: 'KUBECONFIG')]) {
        stage("Helm ${release} → ${namespace}") {
            sh "helm dependency update ${chart}"
            def cmd = """
                helm upgrade --install ${release} ${chart} \
                  --namespace ${namespace} --create-namespace \
                  --atomic --timeout ${timeout} ${setArgs} ${dryRun ? '--dry-run' : ''}
            """.stripIndent().trim()
            int rc = sh(script: cmd, returnStatus: true)
            if (rc != 0) {
                sh "kubectl -n ${namespace} get events --sort-by=.lastTimestamp | tail -30 || true"
                error "helm upgrade of ${release} failed with exit code ${rc}"
            }
        }
    }
    return release
}

@NonCPS
private static String shellQuote(String s) {
    return "'" + s.replace("'", "'\"'\"'") + "'"
}
