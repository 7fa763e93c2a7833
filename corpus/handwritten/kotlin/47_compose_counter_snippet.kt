@Composable
fun Counter(modifier: Modifier = Modifier) {
    var count by rememberSaveable { mutableIntStateOf(0) }
    Row(modifier, verticalAlignment = Alignment.CenterVertically) {
        IconButton(onClick = { count-- }) { Icon(Icons.Default.Remove, contentDescription = "minus") }
        Text("$count", style = MaterialTheme.typography.headlineMedium)
        IconButton(onClick = { count++ }) { Icon(Icons.Default.Add, contentDescription = "plus") }
    }
}
