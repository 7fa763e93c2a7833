package dsl.html

@DslMarker
annotation class HtmlTagMarker

interface Element {
    fun render(builder: StringBuilder, indent: String)
}

class TextElement(private val text: String) : Element {
    override fun render(builder: StringBuilder, indent: String) {
        builder.append(indent).append(escape(text)).append('\n')
    }
}

private fun escape(s: String) = buildString {
    for (c in s) when (c) {
        '<' -> append("&lt;")
        '>' -> append("&gt;")
        '&' -> append("&amp;")
        '"' -> append("&quot;")
        else -> append(c)
    }
}

@HtmlTagMarker
abstract class Tag(val name: String) : Element {
    val children = mutableListOf<Element>()
    val attributes = linkedMapOf<String, String>()

    protected fun <T : Element> initTag(tag: T, init: T.() -> Unit): T {
        tag.init()
        children.add(tag)
        return tag
    }

    override fun render(builder: StringBuilder, indent: String) {
        builder.append("$indent<$name${renderAttributes()}>\n")
        for (c in children) c.render(builder, "$indent  ")
        builder.append("$indent</$name>\n")
    }

    private fun renderAttributes(): String =
        attributes.entries.joinToString("") { (k, v) -> " $k=\"${escape(v)}\"" }

    override fun toString(): String = StringBuilder().also { render(it, "") }.toString()
}

abstract class TagWithText(name: String) : Tag(name) {
    operator fun String.unaryPlus() {
        children.add(TextElement(this))
    }
}

class HTML : TagWithText("html") {
    fun head(init: Head.() -> Unit) = initTag(Head(), init)
    fun body(init: Body.() -> Unit) = initTag(Body(), init)
}

class Head : TagWithText("head") {
    fun title(init: Title.() -> Unit) = initTag(Title(), init)
    fun meta(charset: String) {
        val m = object : Tag("meta") {
            override fun render(builder: StringBuilder, indent: String) {
                builder.append("$indent<meta charset=\"$charset\">\n")
            }
        }
        children.add(m)
    }
}

class Title : TagWithText("title")

abstract class BodyTag(name: String) : TagWithText(name) {
    fun b(init: B.() -> Unit) = initTag(B(), init)
    fun p(init: P.() -> Unit) = initTag(P(), init)
    fun h1(init: H1.() -> Unit) = initTag(H1(), init)
    fun ul(init: UL.() -> Unit) = initTag(UL(), init)
    fun a(href: String, init: A.() -> Unit) {
        val a = initTag(A(), init)
        a.href = href
    }
    fun table(init: Table.() -> Unit) = initTag(Table(), init)

    var cssClass: String
        get() = attributes["class"] ?: ""
        set(value) { attributes["class"] = value }
}

class Body : BodyTag("body")
class B : BodyTag("b")
class P : BodyTag("p")
class H1 : BodyTag("h1")
class LI : BodyTag("li")

class UL : BodyTag("ul") {
    fun li(init: LI.() -> Unit) = initTag(LI(), init)
}

class A : BodyTag("a") {
    var href: String
        get() = attributes["href"]!!
        set(value) { attributes["href"] = value }
}

class Table : TagWithText("table") {
    fun tr(init: TR.() -> Unit) = initTag(TR(), init)
}

class TR : TagWithText("tr") {
    fun td(init: TD.() -> Unit) = initTag(TD(), init)
    fun th(init: TD.() -> Unit) = initTag(TD("th"), init)
}

class TD(name: String = "td") : BodyTag(name)

fun html(init: HTML.() -> Unit): HTML = HTML().apply(init)

data class Release(val version: String, val date: String, val notes: List<String>)

fun releasePage(project: String, releases: List<Release>) = html {
    head {
        meta("utf-8")
        title { +"$project releases" }
    }
    body {
        h1 { +"$project — release history" }
        p {
            +"Latest is "
            b { +releases.first().version }
            +". Older builds live on the "
            a(href = "https://downloads.example.org/$project/") { +"download server" }
            +"."
        }
        table {
            tr {
                th { +"Version" }
                th { +"Date" }
                th { +"Highlights" }
            }
            for (r in releases) {
                tr {
                    td { +r.version }
                    td { +r.date }
                    td {
                        ul {
                            for (n in r.notes) li { +n }
                        }
                    }
                }
            }
        }
    }
}

fun main() {
    val page = releasePage(
        "tern",
        listOf(
            Release("2.1.0", "2024-04-02", listOf("Faster startup", "ARM64 builds")),
            Release("2.0.3", "2024-01-15", listOf("Fix crash when <config> is empty")),
        ),
    )
    print(page)
}
