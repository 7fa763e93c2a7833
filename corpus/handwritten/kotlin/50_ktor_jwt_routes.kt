package com.example.api

import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import kotlinx.serialization.Serializable
import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import java.util.Date

@Serializable data class Credentials(val username: String, val password: String)
@Serializable data class TokenResponse(val token: String, val expiresIn: Long)
@Serializable data class Note(val id: Int, val owner: String, val text: String)

private const val ISSUER = "notes-api"
private const val TTL_MS = 60 * 60 * 1000L

fun Application.configureSecurity(secret: String) {
    install(Authentication) {
        jwt("auth-jwt") {
            realm = "notes"
            verifier(JWT.require(Algorithm.HMAC256(secret)).withIssuer(ISSUER).build())
            validate { cred ->
                cred.payload.getClaim("username").asString()?.let { JWTPrincipal(cred.payload) }
            }
            challenge { _, _ ->
                call.respond(HttpStatusCode.Unauthorized, mapOf("error" to "token missing or expired"))
            }
        }
    }
}

fun Application.notesRoutes(secret: String, users: UserStore, notes: NoteStore) {
    routing {
        post("/login") {
            val creds = call.receive<Credentials>()
            if (!users.check(creds.username, creds.password)) {
                call.respond(HttpStatusCode.Unauthorized)
                return@post
            }
            val token = JWT.create()
                .withIssuer(ISSUER)
                .withClaim("username", creds.username)
                .withExpiresAt(Date(System.currentTimeMillis() + TTL_MS))
                .sign(Algorithm.HMAC256(secret))
            call.respond(TokenResponse(token, TTL_MS / 1000))
        }

        authenticate("auth-jwt") {
            route("/notes") {
                get {
                    val user = call.principal<JWTPrincipal>()!!.payload.getClaim("username").asString()
                    call.respond(notes.forOwner(user))
                }
                post {
                    val user = call.principal<JWTPrincipal>()!!.payload.getClaim("username").asString()
                    val text = call.receiveText().trim()
                    if (text.isEmpty()) {
                        call.respond(HttpStatusCode.BadRequest, "empty note")
                    } else {
                        call.respond(HttpStatusCode.Created, notes.add(user, text))
                    }
                }
                delete("/{id}") {
                    val id = call.parameters["id"]?.toIntOrNull()
                        ?: return@delete call.respond(HttpStatusCode.BadRequest)
                    val user = call.principal<JWTPrincipal>()!!.payload.getClaim("username").asString()
                    if (notes.remove(id, owner = user)) call.respond(HttpStatusCode.NoContent)
                    else call.respond(HttpStatusCode.NotFound)
                }
            }
        }
    }
}
