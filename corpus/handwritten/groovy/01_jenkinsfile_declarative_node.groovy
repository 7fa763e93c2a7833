// Jenkinsfile for the storefront web app
pipeline {
    agent {
        docker {
            image 'node:20-bullseye'
            args '-v $HOME/.npm:/root/.npm'
        }
    }

    options {
        timeout(time: 30, unit: 'MINUTES')
        buildDiscarder(logRotator(numToKeepStr: '20'))
        disableConcurrentBuilds()
        timestamps()
    }

    environment {
        CI = 'true'
        REGISTRY = 'registry.internal.example.com'
        IMAGE = "${REGISTRY}/storefront"
        NPM_TOKEN = credentials('npm-read-token')
    }

    parameters {
        booleanParam(name: 'SKIP_E2E', defaultValue: false, description: 'Skip the Playwright suite')
        choice(name: 'DEPLOY_TO', choices: ['none', 'staging', 'production'], description: 'Where to deploy')
    }

    triggers {
        pollSCM('H/5 * * * *')
    }

    stages {
        stage('Install') {
            steps {
                sh 'npm ci --no-audit --prefer-offline'
            }
        }

        stage('Checks') {
            parallel {
                stage('Lint') {
                    steps {
                        sh 'npm run lint -- --format junit --output-file reports/eslint.xml'
                    }
                }
                stage('Unit tests') {
                    steps {
                        sh 'npm test -- --ci --reporters=default --reporters=jest-junit'
                    }
                    post {
                        always {
                            junit 'reports/junit.xml'
                        }
                    }
                }
                stage('Type check') {
                    steps {
                        sh 'npx tsc --noEmit'
                    }
                }
            }
        }

        stage('E2E') {
            when {
                not { expression { params.SKIP_E2E } }
            }
            steps {
                sh 'npx playwright install --with-deps chromium'
                sh 'npm run e2e'
            }
            post {
                failure {
                    archiveArtifacts artifacts: 'test-results/**', allowEmptyArchive: true
                }
            }
        }

        stage('Build image') {
            when {
                anyOf {
                    branch 'main'
                    buildingTag()
                }
            }
            agent { label 'docker' }
            steps {
                script {
                    def tag = env.TAG_NAME ?: "${env.BRANCH_NAME}-${env.BUILD_NUMBER}"
                    docker.withRegistry("https://${REGISTRY}", 'registry-push') {
                        def img = docker.build("${IMAGE}:${tag}", '--pull .')
                        img.push()
                        img.push('latest')
                    }
                    currentBuild.description = "image ${tag}"
                }
            }
        }

        stage('Deploy') {
            when {
                expression { params.DEPLOY_TO != 'none' }
            }
            input {
                message "Deploy to ${params.DEPLOY_TO}?"
                ok 'Ship it'
                submitter 'release-managers'
            }
            steps {
                sh "./deploy/rollout.sh ${params.DEPLOY_TO} ${env.BUILD_NUMBER}"
            }
        }
    }

    post {
        success {
            slackSend channel: '#storefront', color: 'good', message: "✅ ${env.JOB_NAME} #${env.BUILD_NUMBER}"
        }
        failure {
            slackSend channel: '#storefront', color: 'danger', message: "❌ ${env.JOB_NAME} #${env.BUILD_NUMBER} (<${env.BUILD_URL}|open>)"
        }
        cleanup {
            cleanWs()
        }
    }
}
