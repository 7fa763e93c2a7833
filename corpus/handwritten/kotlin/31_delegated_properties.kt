package prefs

import kotlin.properties.Delegates
import kotlin.properties.ReadWriteProperty
import kotlin.reflect.KProperty

interface KeyValueStore {
    fun getString(key: String): String?
    fun putString(key: String, value: String?)
}

class MapStore : KeyValueStore {
    private val map = HashMap<String, String>()
    override fun getString(key: String) = map[key]
    override fun putString(key: String, value: String?) {
        if (value == null) map.remove(key) else map[key] = value
    }
}

class StringPref(private val store: KeyValueStore, private val default: String) :
    ReadWriteProperty<Any?, String> {
    override fun getValue(thisRef: Any?, property: KProperty<*>) =
        store.getString(property.name) ?: default
    override fun setValue(thisRef: Any?, property: KProperty<*>, value: String) =
        store.putString(property.name, value)
}

class IntPref(private val store: KeyValueStore, private val default: Int) :
    ReadWriteProperty<Any?, Int> {
    override fun getValue(thisRef: Any?, property: KProperty<*>) =
        store.getString(property.name)?.toIntOrNull() ?: default
    override fun setValue(thisRef: Any?, property: KProperty<*>, value: Int) =
        store.putString(property.name, value.toString())
}

class UserSettings(store: KeyValueStore) {
    var username by StringPref(store, default = "guest")
    var fontSize by IntPref(store, default = 14)

    val greeting: String by lazy {
        println("(computing greeting once)")
        "Hello, $username"
    }

    var volume: Int by Delegates.vetoable(50) { _, _, new -> new in 0..100 }

    var theme: String by Delegates.observable("light") { prop, old, new ->
        println("${prop.name}: $old -> $new")
    }
}

fun main() {
    val s = UserSettings(MapStore())
    s.username = "kai"
    s.fontSize += 2
    println("${s.username} ${s.fontSize}")
    println(s.greeting)
    println(s.greeting)
    s.volume = 140
    println("volume still ${s.volume}")
    s.theme = "dark"

    val config: Map<String, Any?> = mapOf("host" to "db.local", "port" to 5432)
    val host: String by config
    val port: Int by config
    println("$host:$port")
}
