val user: User? = repo.findByEmail(email)
val city = user?.address?.city ?: "unknown"
val len = user?.nickname?.length ?: 0
val id = requireNotNull(user?.id) { "user $email has no id" }
user?.let { sendWelcome(it) } ?: log.warn("no user for $email")
val forced = cache[key]!!.trim()
