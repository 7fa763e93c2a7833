package org.pinecone.feed.model

import kotlinx.serialization.KSerializer
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.descriptors.PrimitiveKind
import kotlinx.serialization.descriptors.PrimitiveSerialDescriptor
import kotlinx.serialization.encoding.Decoder
import kotlinx.serialization.encoding.Encoder
import kotlinx.serialization.json.Json
import java.time.Instant

object InstantSerializer : KSerializer<Instant> {
    override val descriptor = PrimitiveSerialDescriptor("Instant", PrimitiveKind.STRING)
    override fun serialize(encoder: Encoder, value: Instant) = encoder.encodeString(value.toString())
    override fun deserialize(decoder: Decoder): Instant = Instant.parse(decoder.decodeString())
}

@Serializable
data class FeedPage(
    val items: List<FeedItem>,
    @SerialName("next_cursor") val nextCursor: String? = null,
)

@Serializable
sealed class FeedItem {
    abstract val id: String

    @Serializable
    @SerialName("post")
    data class Post(
        override val id: String,
        val author: Author,
        val body: String,
        @Serializable(with = InstantSerializer::class)
        @SerialName("created_at") val createdAt: Instant,
        val likes: Int = 0,
    ) : FeedItem()

    @Serializable
    @SerialName("ad")
    data class Ad(
        override val id: String,
        val advertiser: String,
        @SerialName("click_url") val clickUrl: String,
    ) : FeedItem()
}

@Serializable
data class Author(val handle: String, @SerialName("display_name") val displayName: String? = null)

val FeedJson = Json {
    ignoreUnknownKeys = true
    classDiscriminator = "kind"
    explicitNulls = false
}

fun main() {
    val raw = """
        {"items":[
          {"kind":"post","id":"p1","author":{"handle":"mira"},"body":"hello","created_at":"2024-03-01T10:15:30Z"},
          {"kind":"ad","id":"a9","advertiser":"Tea Co","click_url":"https://tea.example"}
        ],"next_cursor":"abc"}
    """.trimIndent()
    val page = FeedJson.decodeFromString<FeedPage>(raw)
    page.items.forEach { item ->
        when (item) {
            is FeedItem.Post -> println("${item.author.displayName ?: item.author.handle}: ${item.body}")
            is FeedItem.Ad -> println("[ad] ${item.advertiser}")
        }
    }
    println(FeedJson.encodeToString(FeedPage.serializer(), page.copy(nextCursor = null)))
}
