val client = HttpClient(CIO) {
    install(ContentNegotiation) { json(Json { ignoreUnknownKeys = true }) }
    install(HttpTimeout) { requestTimeoutMillis = 5_000 }
}
val repos: List<Repo> = client.get("https://api.example.com/users/$user/repos").body()
