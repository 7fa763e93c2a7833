package com.example.auth.ui

import androidx.compose.foundation.layout.*
import androidx.compose.foundation.text.KeyboardActions
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Visibility
import androidx.compose.material.icons.filled.VisibilityOff
import androidx.compose.material3.*
import androidx.compose.runtime.*
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalFocusManager
import androidx.compose.ui.text.input.ImeAction
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.text.input.VisualTransformation
import androidx.compose.ui.unit.dp

@Stable
class SignUpFormState {
    var email by mutableStateOf("")
    var password by mutableStateOf("")
    var confirm by mutableStateOf("")
    var acceptedTerms by mutableStateOf(false)

    val emailError: String?
        get() = if (email.isNotEmpty() && !email.contains('@')) "Enter a valid email" else null
    val passwordError: String?
        get() = when {
            password.isEmpty() -> null
            password.length < 10 -> "At least 10 characters"
            password.none(Char::isDigit) -> "Include a number"
            else -> null
        }
    val confirmError: String?
        get() = if (confirm.isNotEmpty() && confirm != password) "Passwords differ" else null

    val canSubmit: Boolean
        get() = email.isNotBlank() && password.isNotBlank() && acceptedTerms &&
            listOf(emailError, passwordError, confirmError).all { it == null }
}

@Composable
fun SignUpForm(onSubmit: (email: String, password: String) -> Unit, busy: Boolean) {
    val form = remember { SignUpFormState() }
    var showPassword by remember { mutableStateOf(false) }
    val focus = LocalFocusManager.current

    Column(Modifier.padding(24.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        OutlinedTextField(
            value = form.email,
            onValueChange = { form.email = it },
            label = { Text("Email") },
            isError = form.emailError != null,
            supportingText = { form.emailError?.let { Text(it) } },
            keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Email, imeAction = ImeAction.Next),
            singleLine = true,
            modifier = Modifier.fillMaxWidth(),
        )
        OutlinedTextField(
            value = form.password,
            onValueChange = { form.password = it },
            label = { Text("Password") },
            isError = form.passwordError != null,
            supportingText = { form.passwordError?.let { Text(it) } },
            visualTransformation = if (showPassword) VisualTransformation.None else PasswordVisualTransformation(),
            trailingIcon = {
                IconButton(onClick = { showPassword = !showPassword }) {
                    Icon(if (showPassword) Icons.Filled.VisibilityOff else Icons.Filled.Visibility, null)
                }
            },
            singleLine = true,
            modifier = Modifier.fillMaxWidth(),
        )
        OutlinedTextField(
            value = form.confirm,
            onValueChange = { form.confirm = it },
            label = { Text("Confirm password") },
            isError = form.confirmError != null,
            supportingText = { form.confirmError?.let { Text(it) } },
            visualTransformation = PasswordVisualTransformation(),
            keyboardOptions = KeyboardOptions(imeAction = ImeAction.Done),
            keyboardActions = KeyboardActions(onDone = { focus.clearFocus() }),
            singleLine = true,
            modifier = Modifier.fillMaxWidth(),
        )
        Row(verticalAlignment = Alignment.CenterVertically) {
            Checkbox(checked = form.acceptedTerms, onCheckedChange = { form.acceptedTerms = it })
            Text("I accept the terms")
        }
        Button(
            onClick = { onSubmit(form.email.trim(), form.password) },
            enabled = form.canSubmit && !busy,
            modifier = Modifier.fillMaxWidth(),
        ) {
            if (busy) CircularProgressIndicator(Modifier.size(18.dp), strokeWidth = 2.dp)
            else Text("Create account")
        }
    }
}
