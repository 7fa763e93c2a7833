pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
    includeBuild("build-logic")
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "field-notes"

include(":app")
include(":core:model", ":core:database", ":core:network")
include(":feature:map", ":feature:journal", ":feature:settings")

enableFeaturePreview("TYPESAFE_PROJECT_ACCESSORS")
