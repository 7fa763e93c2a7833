package dev.tallow.todo

import io.ktor.http.HttpStatusCode
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.UserIdPrincipal
import io.ktor.server.auth.authenticate
import io.ktor.server.auth.basic
import io.ktor.server.auth.principal
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.plugins.callloging.CallLogging
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.plugins.statuspages.StatusPages
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.delete
import io.ktor.server.routing.get
import io.ktor.server.routing.patch
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import io.ktor.server.routing.routing
import kotlinx.serialization.Serializable
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicLong

@Serializable
data class Todo(val id: Long, val owner: String, val title: String, val done: Boolean = false)

@Serializable
data class NewTodo(val title: String)

@Serializable
data class TodoPatch(val title: String? = null, val done: Boolean? = null)

@Serializable
data class ApiError(val code: String, val message: String)

class NotFound(what: String) : RuntimeException("$what not found")

class TodoStore {
    private val items = ConcurrentHashMap<Long, Todo>()
    private val nextId = AtomicLong(1)

    fun all(owner: String): List<Todo> =
        items.values.filter { it.owner == owner }.sortedBy { it.id }

    fun get(owner: String, id: Long): Todo =
        items[id]?.takeIf { it.owner == owner } ?: throw NotFound("todo $id")

    fun add(owner: String, title: String): Todo {
        val todo = Todo(nextId.getAndIncrement(), owner, title.trim())
        items[todo.id] = todo
        return todo
    }

    fun update(owner: String, id: Long, patch: TodoPatch): Todo {
        val current = get(owner, id)
        val updated = current.copy(
            title = patch.title?.trim() ?: current.title,
            done = patch.done ?: current.done,
        )
        items[id] = updated
        return updated
    }

    fun remove(owner: String, id: Long) {
        get(owner, id)
        items.remove(id)
    }
}

fun main() {
    embeddedServer(Netty, port = System.getenv("PORT")?.toIntOrNull() ?: 8080) {
        module(TodoStore())
    }.start(wait = true)
}

fun Application.module(store: TodoStore) {
    install(CallLogging)
    install(ContentNegotiation) { json() }
    install(StatusPages) {
        exception<NotFound> { call, cause ->
            call.respond(HttpStatusCode.NotFound, ApiError("not_found", cause.message ?: ""))
        }
        exception<IllegalArgumentException> { call, cause ->
            call.respond(HttpStatusCode.BadRequest, ApiError("bad_request", cause.message ?: ""))
        }
    }
    install(Authentication) {
        basic("users") {
            realm = "todo"
            validate { creds ->
                if (creds.password == System.getenv("TODO_PASSWORD")) UserIdPrincipal(creds.name) else null
            }
        }
    }

    routing {
        get("/health") { call.respond(mapOf("status" to "ok")) }
        authenticate("users") {
            todoRoutes(store)
        }
    }
}

private fun Route.todoRoutes(store: TodoStore) {
    route("/todos") {
        get {
            val user = call.principal<UserIdPrincipal>()!!.name
            val onlyOpen = call.request.queryParameters["open"] == "true"
            val todos = store.all(user).let { list -> if (onlyOpen) list.filterNot { it.done } else list }
            call.respond(todos)
        }
        post {
            val user = call.principal<UserIdPrincipal>()!!.name
            val body = call.receive<NewTodo>()
            require(body.title.isNotBlank()) { "title must not be blank" }
            call.respond(HttpStatusCode.Created, store.add(user, body.title))
        }
        route("/{id}") {
            get {
                call.respond(store.get(call.user(), call.todoId()))
            }
            patch {
                val patch = call.receive<TodoPatch>()
                call.respond(store.update(call.user(), call.todoId(), patch))
            }
            delete {
                store.remove(call.user(), call.todoId())
                call.respond(HttpStatusCode.NoContent)
            }
        }
    }
}

private fun io.ktor.server.application.ApplicationCall.user(): String =
    principal<UserIdPrincipal>()?.name ?: error("no principal")

private fun io.ktor.server.application.ApplicationCall.todoId(): Long =
    parameters["id"]?.toLongOrNull() ?: throw IllegalArgumentException("id must be a number")
