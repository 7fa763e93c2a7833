package com.example.core

import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicLong

interface Identified<ID> {
    val id: ID
}

interface Repository<ID, E : Identified<ID>> {
    fun findById(id: ID): E?
    fun findAll(): List<E>
    fun save(entity: E): E
    fun delete(id: ID): Boolean
    fun count(): Int = findAll().size
}

abstract class InMemoryRepository<ID : Any, E : Identified<ID>> : Repository<ID, E> {
    protected val store = ConcurrentHashMap<ID, E>()

    override fun findById(id: ID): E? = store[id]
    override fun findAll(): List<E> = store.values.toList()
    override fun save(entity: E): E = entity.also { store[it.id] = it }
    override fun delete(id: ID): Boolean = store.remove(id) != null
    override fun count(): Int = store.size
}

data class Customer(
    override val id: Long,
    val name: String,
    val email: String,
    val tags: Set<String> = emptySet(),
) : Identified<Long>

class CustomerRepository : InMemoryRepository<Long, Customer>() {
    private val seq = AtomicLong()

    fun create(name: String, email: String): Customer =
        save(Customer(seq.incrementAndGet(), name, email.lowercase()))

    fun byEmail(email: String): Customer? = store.values.firstOrNull { it.email == email.lowercase() }

    fun tagged(tag: String): List<Customer> = store.values.filter { tag in it.tags }.sortedBy { it.name }
}

fun main() {
    val repo = CustomerRepository()
    val ada = repo.create("Ada", "ADA@example.com")
    repo.create("Grace", "grace@example.com")
    repo.save(ada.copy(tags = setOf("vip")))
    println(repo.byEmail("ada@EXAMPLE.com"))
    println(repo.tagged("vip").map { it.name })
    println("count=${repo.count()} deleted=${repo.delete(99)}")
}
