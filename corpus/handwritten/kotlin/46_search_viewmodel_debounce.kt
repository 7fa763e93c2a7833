package com.example.books.ui.search

import androidx.lifecycle.SavedStateHandle
import androidx.lifecycle.ViewModel
import androidx.lifecycle.viewModelScope
import com.example.books.data.BookRepository
import com.example.books.model.BookSummary
import kotlinx.coroutines.FlowPreview
import kotlinx.coroutines.flow.*
import kotlinx.coroutines.launch

sealed interface SearchUiState {
    data object Idle : SearchUiState
    data object Loading : SearchUiState
    data class Results(val query: String, val books: List<BookSummary>) : SearchUiState
    data class Error(val message: String) : SearchUiState
}

@OptIn(FlowPreview::class)
class SearchViewModel(
    private val repository: BookRepository,
    private val savedState: SavedStateHandle,
) : ViewModel() {

    val query: StateFlow<String> = savedState.getStateFlow(KEY_QUERY, "")

    private val _recent = MutableStateFlow<List<String>>(emptyList())
    val recent: StateFlow<List<String>> = _recent.asStateFlow()

    val state: StateFlow<SearchUiState> = query
        .map { it.trim() }
        .debounce(350)
        .distinctUntilChanged()
        .flatMapLatest { q ->
            if (q.length < 2) {
                flowOf(SearchUiState.Idle)
            } else {
                flow {
                    emit(SearchUiState.Loading)
                    val books = repository.search(q, limit = 40)
                    emit(SearchUiState.Results(q, books))
                }.catch { e -> emit(SearchUiState.Error(e.message ?: "Search failed")) }
            }
        }
        .stateIn(viewModelScope, SharingStarted.WhileSubscribed(5_000), SearchUiState.Idle)

    fun onQueryChange(text: String) {
        savedState[KEY_QUERY] = text
    }

    fun onSubmit() {
        val q = query.value.trim()
        if (q.isEmpty()) return
        _recent.update { (listOf(q) + it).distinct().take(8) }
        viewModelScope.launch { repository.rememberQuery(q) }
    }

    fun clearRecent() = _recent.update { emptyList() }

    private companion object {
        const val KEY_QUERY = "query"
    }
}
