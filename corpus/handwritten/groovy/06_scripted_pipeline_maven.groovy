// Scripted pipeline, the old way
properties([
    buildDiscarder(logRotator(numToKeepStr: '10')),
    parameters([string(name: 'MVN_PROFILE', defaultValue: 'ci', description: 'Maven profile')])
])

def mvn(String goals) {
    withMaven(maven: 'maven-3.8', jdk: 'jdk-11', mavenSettingsConfig: 'corp-settings') {
        sh "mvn -B -P${params.MVN_PROFILE} ${goals}"
    }
}

node('linux && java') {
    try {
        stage('Checkout') {
            checkout scm
            env.GIT_SHORT = sh(script: 'git rev-parse --short HEAD', returnStdout: true).trim()
        }

        stage('Build') {
            mvn 'clean verify -DskipITs'
        }

        stage('Integration tests') {
            if (env.BRANCH_NAME == 'master' || env.BRANCH_NAME.startsWith('release/')) {
                mvn 'failsafe:integration-test failsafe:verify'
            } else {
                echo "Skipping ITs on ${env.BRANCH_NAME}"
            }
        }

        stage('Publish') {
            if (env.BRANCH_NAME == 'master') {
                mvn 'deploy -DskipTests'
                archiveArtifacts artifacts: '**/target/*.jar', fingerprint: true
            }
        }
        currentBuild.result = 'SUCCESS'
    } catch (err) {
        currentBuild.result = 'FAILURE'
        emailext subject: "Build failed: ${env.JOB_NAME} #${env.BUILD_NUMBER}",
                 body: "Commit ${env.GIT_SHORT}\n${env.BUILD_URL}console",
                 recipientProviders: [culprits(), developers()]
        throw err
    } finally {
        junit allowEmptyResults: true, testResults: '**/target/surefire-reports/*.xml'
        step([$class: 'JacocoPublisher', execPattern: '**/target/jacoco.exec'])
    }
}
