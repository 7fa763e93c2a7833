pipeline {
    agent none

    stages {
        stage('Test matrix') {
            matrix {
                axes {
                    axis {
                        name 'PLATFORM'
                        values 'linux', 'windows', 'mac'
                    }
                    axis {
                        name 'JDK'
                        values '11', '17', '21'
                    }
                }
                excludes {
                    exclude {
                        axis {
                            name 'PLATFORM'
                            values 'mac'
                        }
                        axis {
                            name 'JDK'
                            values '11'
                        }
                    }
                }
                agent { label "${PLATFORM}" }
                stages {
                    stage('Build & test') {
                        steps {
                            script {
                                if (isUnix()) {
                                    sh "./gradlew -PjavaVersion=${JDK} check"
                                } else {
                                    bat "gradlew.bat -PjavaVersion=${JDK} check"
                                }
                            }
                        }
                        post {
                            always {
                                junit '**/build/test-results/test/*.xml'
                            }
                        }
                    }
                }
            }
        }

        stage('Package') {
            agent { label 'linux' }
            steps {
                sh './gradlew assemble'
                stash name: 'dist', includes: 'build/distributions/*'
            }
        }
    }
}
