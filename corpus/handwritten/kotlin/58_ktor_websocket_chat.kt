import io.ktor.server.application.*
import io.ktor.server.engine.*
import io.ktor.server.netty.*
import io.ktor.server.routing.*
import io.ktor.server.websocket.*
import io.ktor.websocket.*
import java.util.Collections
import java.util.concurrent.atomic.AtomicInteger
import kotlin.time.Duration.Companion.seconds

class ChatMember(val session: DefaultWebSocketServerSession) {
    companion object { private val counter = AtomicInteger() }
    val name = "guest-${counter.incrementAndGet()}"
}

fun main() {
    embeddedServer(Netty, port = 8080) {
        install(WebSockets) {
            pingPeriod = 15.seconds
            timeout = 30.seconds
            maxFrameSize = 64 * 1024
        }
        val members = Collections.synchronizedSet(LinkedHashSet<ChatMember>())

        suspend fun broadcast(text: String) {
            val snapshot = synchronized(members) { members.toList() }
            snapshot.forEach { it.session.send(text) }
        }

        routing {
            webSocket("/chat") {
                val me = ChatMember(this)
                members += me
                broadcast("* ${me.name} joined (${members.size} online)")
                try {
                    for (frame in incoming) {
                        val text = (frame as? Frame.Text)?.readText()?.trim() ?: continue
                        when {
                            text == "/who" -> send(members.joinToString { it.name })
                            text.startsWith("/me ") -> broadcast("* ${me.name} ${text.removePrefix("/me ")}")
                            text.isNotEmpty() -> broadcast("${me.name}: $text")
                        }
                    }
                } finally {
                    members -= me
                    broadcast("* ${me.name} left")
                }
            }
        }
    }.start(wait = true)
}
