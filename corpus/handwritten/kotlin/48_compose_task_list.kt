package com.example.tasks.ui

import androidx.compose.animation.animateColorAsState
import androidx.compose.foundation.background
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.*
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.*
import androidx.compose.runtime.*
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.style.TextDecoration
import androidx.compose.ui.tooling.preview.Preview
import androidx.compose.ui.unit.dp

data class Task(val id: Long, val title: String, val done: Boolean = false, val priority: Int = 0)

@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun TaskListScreen(
    tasks: List<Task>,
    onToggle: (Task) -> Unit,
    onAdd: (String) -> Unit,
    onDelete: (Task) -> Unit,
) {
    var draft by remember { mutableStateOf("") }
    val (open, finished) = remember(tasks) { tasks.partition { !it.done } }

    Scaffold(
        topBar = { TopAppBar(title = { Text("Tasks (${open.size})") }) },
    ) { padding ->
        Column(Modifier.padding(padding).fillMaxSize()) {
            Row(
                Modifier.fillMaxWidth().padding(12.dp),
                verticalAlignment = Alignment.CenterVertically,
            ) {
                OutlinedTextField(
                    value = draft,
                    onValueChange = { draft = it },
                    placeholder = { Text("New task") },
                    singleLine = true,
                    modifier = Modifier.weight(1f),
                )
                Spacer(Modifier.width(8.dp))
                Button(
                    onClick = { onAdd(draft.trim()); draft = "" },
                    enabled = draft.isNotBlank(),
                ) { Text("Add") }
            }

            LazyColumn(contentPadding = PaddingValues(bottom = 24.dp)) {
                items(open.sortedByDescending { it.priority }, key = { it.id }) { task ->
                    TaskRow(task, onToggle, onDelete)
                }
                if (finished.isNotEmpty()) {
                    item {
                        Text(
                            "Done",
                            style = MaterialTheme.typography.labelLarge,
                            modifier = Modifier.padding(start = 16.dp, top = 16.dp, bottom = 4.dp),
                        )
                    }
                    items(finished, key = { it.id }) { task -> TaskRow(task, onToggle, onDelete) }
                }
            }
        }
    }
}

@Composable
private fun TaskRow(task: Task, onToggle: (Task) -> Unit, onDelete: (Task) -> Unit) {
    val bg by animateColorAsState(
        if (task.priority > 1) MaterialTheme.colorScheme.errorContainer else MaterialTheme.colorScheme.surface,
        label = "rowBackground",
    )
    ListItem(
        headlineContent = {
            Text(
                task.title,
                textDecoration = if (task.done) TextDecoration.LineThrough else null,
            )
        },
        leadingContent = { Checkbox(checked = task.done, onCheckedChange = { onToggle(task) }) },
        trailingContent = {
            TextButton(onClick = { onDelete(task) }) { Text("Delete") }
        },
        modifier = Modifier.background(bg).clickable { onToggle(task) },
    )
}

@Preview(showBackground = true)
@Composable
private fun TaskListPreview() {
    MaterialTheme {
        TaskListScreen(
            tasks = listOf(Task(1, "Buy milk"), Task(2, "File taxes", priority = 2), Task(3, "Call mum", done = true)),
            onToggle = {}, onAdd = {}, onDelete = {},
        )
    }
}
