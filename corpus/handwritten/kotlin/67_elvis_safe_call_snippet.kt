val port = System.getenv("PORT")?.toIntOrNull() ?: 8080
val user = session?.user?.takeIf { it.active } ?: return unauthorized()
val initials = user.name.split(' ').mapNotNull { it.firstOrNull()?.uppercaseChar() }.joinToString("")
