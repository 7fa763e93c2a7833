package dev.octo.client

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import retrofit2.Response
import retrofit2.http.GET
import retrofit2.http.Header
import retrofit2.http.Path
import retrofit2.http.Query

@Serializable
data class Repo(
    val id: Long,
    val name: String,
    @SerialName("full_name") val fullName: String,
    val description: String? = null,
    @SerialName("stargazers_count") val stars: Int,
    val fork: Boolean,
    val language: String? = null,
)

@Serializable
data class Issue(
    val number: Int,
    val title: String,
    val state: String,
    val user: User,
    val labels: List<Label> = emptyList(),
)

@Serializable data class User(val login: String)
@Serializable data class Label(val name: String, val color: String)

interface GitHubApi {
    @GET("users/{user}/repos")
    suspend fun reposFor(
        @Path("user") user: String,
        @Query("sort") sort: String = "updated",
        @Query("per_page") perPage: Int = 30,
        @Query("page") page: Int = 1,
    ): List<Repo>

    @GET("repos/{owner}/{repo}/issues")
    suspend fun issues(
        @Path("owner") owner: String,
        @Path("repo") repo: String,
        @Query("state") state: String = "open",
        @Header("If-None-Match") etag: String? = null,
    ): Response<List<Issue>>
}

class GitHubRepository(private val api: GitHubApi) {
    private val etags = mutableMapOf<String, String>()
    private val cached = mutableMapOf<String, List<Issue>>()

    suspend fun allRepos(user: String): List<Repo> {
        val result = mutableListOf<Repo>()
        var page = 1
        do {
            val batch = api.reposFor(user, page = page++, perPage = 100)
            result += batch
        } while (batch.size == 100)
        return result.filterNot { it.fork }.sortedByDescending { it.stars }
    }

    suspend fun openIssues(owner: String, repo: String): List<Issue> {
        val key = "$owner/$repo"
        val resp = api.issues(owner, repo, etag = etags[key])
        return when (resp.code()) {
            304 -> cached[key].orEmpty()
            200 -> {
                resp.headers()["ETag"]?.let { etags[key] = it }
                resp.body().orEmpty().also { cached[key] = it }
            }
            else -> error("GitHub returned ${resp.code()} for $key")
        }
    }
}
