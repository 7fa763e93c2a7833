package cook.book.ui

import androidx.compose.animation.AnimatedVisibility
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.*
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.automirrored.filled.ArrowBack
import androidx.compose.material.icons.filled.Favorite
import androidx.compose.material.icons.filled.FavoriteBorder
import androidx.compose.material3.*
import androidx.compose.runtime.*
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextOverflow
import androidx.compose.ui.unit.dp
import androidx.navigation.NavType
import androidx.navigation.compose.NavHost
import androidx.navigation.compose.composable
import androidx.navigation.compose.rememberNavController
import androidx.navigation.navArgument

data class Recipe(
    val id: Int,
    val name: String,
    val minutes: Int,
    val ingredients: List<String>,
    val steps: List<String>,
    val vegetarian: Boolean,
)

val sampleRecipes = listOf(
    Recipe(1, "Shakshuka", 30, listOf("6 eggs", "2 tins tomatoes", "1 onion", "cumin", "paprika"),
        listOf("Soften onion.", "Add spices and tomatoes, simmer 10 min.", "Crack eggs in, cover until set."), true),
    Recipe(2, "Chicken adobo", 55, listOf("1 kg thighs", "soy sauce", "vinegar", "garlic", "bay leaves"),
        listOf("Marinate 20 min.", "Brown the chicken.", "Braise in marinade 30 min."), false),
    Recipe(3, "Dal tadka", 40, listOf("200 g toor dal", "turmeric", "ghee", "mustard seeds", "chilli"),
        listOf("Cook dal until soft.", "Temper spices in ghee.", "Pour over dal."), true),
)

@Composable
fun RecipeApp() {
    val nav = rememberNavController()
    val favourites = remember { mutableStateListOf<Int>() }

    NavHost(navController = nav, startDestination = "list") {
        composable("list") {
            RecipeListScreen(
                recipes = sampleRecipes,
                favourites = favourites,
                onOpen = { nav.navigate("detail/${it.id}") },
            )
        }
        composable(
            route = "detail/{id}",
            arguments = listOf(navArgument("id") { type = NavType.IntType }),
        ) { entry ->
            val id = entry.arguments?.getInt("id") ?: return@composable
            val recipe = sampleRecipes.firstOrNull { it.id == id } ?: return@composable
            RecipeDetailScreen(
                recipe = recipe,
                isFavourite = id in favourites,
                onToggleFavourite = { if (!favourites.remove(id)) favourites.add(id) },
                onBack = { nav.popBackStack() },
            )
        }
    }
}

@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun RecipeListScreen(
    recipes: List<Recipe>,
    favourites: List<Int>,
    onOpen: (Recipe) -> Unit,
) {
    var query by remember { mutableStateOf("") }
    var vegOnly by remember { mutableStateOf(false) }
    val visible by remember(recipes, query, vegOnly) {
        derivedStateOf {
            recipes.filter {
                (!vegOnly || it.vegetarian) && it.name.contains(query, ignoreCase = true)
            }
        }
    }

    Scaffold(topBar = { TopAppBar(title = { Text("Recipes") }) }) { padding ->
        Column(Modifier.padding(padding).padding(16.dp)) {
            OutlinedTextField(
                value = query,
                onValueChange = { query = it },
                placeholder = { Text("Search") },
                singleLine = true,
                modifier = Modifier.fillMaxWidth(),
            )
            Row(verticalAlignment = Alignment.CenterVertically) {
                Checkbox(checked = vegOnly, onCheckedChange = { vegOnly = it })
                Text("Vegetarian only")
            }
            LazyColumn(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                items(visible, key = { it.id }) { recipe ->
                    RecipeCard(recipe, recipe.id in favourites) { onOpen(recipe) }
                }
            }
        }
    }
}

@Composable
private fun RecipeCard(recipe: Recipe, favourite: Boolean, onClick: () -> Unit) {
    ElevatedCard(Modifier.fillMaxWidth().clickable(onClick = onClick)) {
        Row(Modifier.padding(16.dp), verticalAlignment = Alignment.CenterVertically) {
            Column(Modifier.weight(1f)) {
                Text(recipe.name, style = MaterialTheme.typography.titleMedium, fontWeight = FontWeight.Bold)
                Text(
                    recipe.ingredients.joinToString(),
                    maxLines = 1,
                    overflow = TextOverflow.Ellipsis,
                    style = MaterialTheme.typography.bodySmall,
                )
            }
            if (favourite) Icon(Icons.Filled.Favorite, contentDescription = "Favourite")
            Spacer(Modifier.width(8.dp))
            AssistChip(onClick = onClick, label = { Text("${recipe.minutes} min") })
        }
    }
}

@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun RecipeDetailScreen(
    recipe: Recipe,
    isFavourite: Boolean,
    onToggleFavourite: () -> Unit,
    onBack: () -> Unit,
) {
    var showSteps by rememberSaveable { mutableStateOf(true) }
    Scaffold(
        topBar = {
            TopAppBar(
                title = { Text(recipe.name) },
                navigationIcon = {
                    IconButton(onClick = onBack) {
                        Icon(Icons.AutoMirrored.Filled.ArrowBack, contentDescription = "Back")
                    }
                },
                actions = {
                    IconButton(onClick = onToggleFavourite) {
                        Icon(
                            if (isFavourite) Icons.Filled.Favorite else Icons.Filled.FavoriteBorder,
                            contentDescription = "Toggle favourite",
                        )
                    }
                },
            )
        },
    ) { padding ->
        LazyColumn(contentPadding = padding, modifier = Modifier.padding(horizontal = 16.dp)) {
            item { Text("Ingredients", style = MaterialTheme.typography.titleLarge) }
            items(recipe.ingredients) { Text("• $it", modifier = Modifier.padding(vertical = 2.dp)) }
            item {
                TextButton(onClick = { showSteps = !showSteps }) {
                    Text(if (showSteps) "Hide method" else "Show method")
                }
            }
            item {
                AnimatedVisibility(visible = showSteps) {
                    Column {
                        recipe.steps.forEachIndexed { i, step ->
                            Text("${i + 1}. $step", modifier = Modifier.padding(vertical = 4.dp))
                        }
                    }
                }
            }
        }
    }
}
