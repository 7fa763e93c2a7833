package com.example.contacts

import android.view.LayoutInflater
import android.view.ViewGroup
import androidx.recyclerview.widget.DiffUtil
import androidx.recyclerview.widget.ListAdapter
import androidx.recyclerview.widget.RecyclerView
import coil.load
import coil.transform.CircleCropTransformation
import com.example.contacts.databinding.ItemContactBinding
import com.example.contacts.databinding.ItemHeaderBinding

sealed class ContactRow {
    data class Header(val letter: Char) : ContactRow()
    data class Person(val id: String, val name: String, val phone: String?, val avatarUrl: String?) : ContactRow()
}

class ContactsAdapter(
    private val onCall: (String) -> Unit,
) : ListAdapter<ContactRow, RecyclerView.ViewHolder>(Diff) {

    override fun getItemViewType(position: Int) = when (getItem(position)) {
        is ContactRow.Header -> TYPE_HEADER
        is ContactRow.Person -> TYPE_PERSON
    }

    override fun onCreateViewHolder(parent: ViewGroup, viewType: Int): RecyclerView.ViewHolder {
        val inflater = LayoutInflater.from(parent.context)
        return when (viewType) {
            TYPE_HEADER -> HeaderHolder(ItemHeaderBinding.inflate(inflater, parent, false))
            else -> PersonHolder(ItemContactBinding.inflate(inflater, parent, false))
        }
    }

    override fun onBindViewHolder(holder: RecyclerView.ViewHolder, position: Int) {
        when (val row = getItem(position)) {
            is ContactRow.Header -> (holder as HeaderHolder).bind(row)
            is ContactRow.Person -> (holder as PersonHolder).bind(row)
        }
    }

    class HeaderHolder(private val b: ItemHeaderBinding) : RecyclerView.ViewHolder(b.root) {
        fun bind(row: ContactRow.Header) {
            b.letter.text = row.letter.toString()
        }
    }

    inner class PersonHolder(private val b: ItemContactBinding) : RecyclerView.ViewHolder(b.root) {
        fun bind(row: ContactRow.Person) {
            b.name.text = row.name
            b.phone.text = row.phone ?: itemView.context.getString(R.string.no_phone)
            b.avatar.load(row.avatarUrl) {
                placeholder(R.drawable.avatar_placeholder)
                transformations(CircleCropTransformation())
            }
            b.callButton.isEnabled = row.phone != null
            b.callButton.setOnClickListener { row.phone?.let(onCall) }
        }
    }

    private object Diff : DiffUtil.ItemCallback<ContactRow>() {
        override fun areItemsTheSame(a: ContactRow, b: ContactRow) = when {
            a is ContactRow.Header && b is ContactRow.Header -> a.letter == b.letter
            a is ContactRow.Person && b is ContactRow.Person -> a.id == b.id
            else -> false
        }
        override fun areContentsTheSame(a: ContactRow, b: ContactRow) = a == b
    }

    companion object {
        private const val TYPE_HEADER = 0
        private const val TYPE_PERSON = 1

        fun group(people: List<ContactRow.Person>): List<ContactRow> =
            people.sortedBy { it.name.lowercase() }
                .groupBy { it.name.firstOrNull()?.uppercaseChar() ?: '#' }
                .flatMap { (letter, list) -> listOf(ContactRow.Header(letter)) + list }
    }
}
