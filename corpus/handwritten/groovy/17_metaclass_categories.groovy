// Playing with Groovy's dynamic features: metaClass, categories, methodMissing

class Duration {
    long millis
    String toString() { "${millis}ms" }
}

class TimeCategory {
    static Duration getSeconds(Integer self) { new Duration(millis: self * 1000L) }
    static Duration getMinutes(Integer self) { new Duration(millis: self * 60_000L) }
    static Duration plus(Duration a, Duration b) { new Duration(millis: a.millis + b.millis) }
}

use(TimeCategory) {
    def d = 2.minutes + 30.seconds
    assert d.millis == 150_000
    println "timeout is $d"
}

String.metaClass.shout = { -> delegate.toUpperCase() + '!' }
assert 'hello'.shout() == 'HELLO!'

Integer.metaClass.isEven = { -> delegate % 2 == 0 }
println((1..10).findAll { it.isEven() })

class Config {
    private Map values = [:]

    def methodMissing(String name, args) {
        if (name.startsWith('with') && args.size() == 1) {
            def key = name[4].toLowerCase() + name.substring(5)
            values[key] = args[0]
            return this
        }
        throw new MissingMethodException(name, Config, args)
    }

    def propertyMissing(String name) { values[name] }

    String toString() { values.toString() }
}

def cfg = new Config().withHost('db.internal').withPort(5432).withUser('app')
println cfg
println "host=${cfg.host} port=${cfg.port}"

def timed = { String label, Closure body ->
    def t0 = System.nanoTime()
    def result = body()
    printf('%-10s %6.2f ms%n', label, (System.nanoTime() - t0) / 1e6)
    result
}

timed('sum') { (1..1_000_000).sum() }
timed('sort') { (1..100_000).collect { Math.random() }.sort() }

def memoFib
memoFib = { n -> n < 2 ? n : memoFib(n - 1) + memoFib(n - 2) }.memoize()
println memoFib(80)

def add = { a, b -> a + b }
def inc = add.curry(1)
def twice = { f, x -> f(f(x)) }
assert twice(inc, 5) == 7
def composed = inc >> { it * 10 }
println composed(4)

// Expando: an object you can bolt properties and methods onto at runtime
def robot = new Expando(name: 'R2', battery: 80)
robot.charge = { int pct -> battery = Math.min(100, battery + pct); battery }
robot.status = { -> "${name} at ${battery}%" }
robot.charge(30)
println robot.status()

// invokeMethod intercepts every call on a GroovyInterceptable
class Traced implements GroovyInterceptable {
    def invokeMethod(String name, args) {
        System.out.println "→ ${name}(${args.join(', ')})"
        def result = metaClass.getMetaMethod(name, args)?.invoke(this, args)
        System.out.println "← ${result}"
        result
    }

    int add(int a, int b) { a + b }
    String greet(String who) { "hello ${who}" }
}

def t = new Traced()
t.add(2, 3)
t.greet('world')

// respondsTo / hasProperty for duck typing
[robot, t, 'text', 42].each { obj ->
    println "${obj.getClass().simpleName}: greet? ${obj.respondsTo('greet') as boolean}, size? ${obj.respondsTo('size') as boolean}"
}
