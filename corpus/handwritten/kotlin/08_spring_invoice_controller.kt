package com.acme.billing.web

import com.acme.billing.domain.Invoice
import com.acme.billing.domain.InvoiceService
import jakarta.validation.Valid
import jakarta.validation.constraints.NotBlank
import jakarta.validation.constraints.Positive
import org.springframework.http.HttpStatus
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.*
import org.springframework.web.server.ResponseStatusException
import java.math.BigDecimal
import java.net.URI
import java.time.LocalDate

data class CreateInvoiceRequest(
    @field:NotBlank val customerId: String,
    @field:Positive val amount: BigDecimal,
    val dueDate: LocalDate? = null,
    val notes: String? = null,
)

data class InvoiceDto(
    val id: Long,
    val customerId: String,
    val amount: BigDecimal,
    val dueDate: LocalDate,
    val status: String,
)

fun Invoice.toDto() = InvoiceDto(id!!, customerId, amount, dueDate, status.name.lowercase())

@RestController
@RequestMapping("/api/invoices")
class InvoiceController(private val service: InvoiceService) {

    @GetMapping
    fun list(
        @RequestParam(required = false) customerId: String?,
        @RequestParam(defaultValue = "0") page: Int,
        @RequestParam(defaultValue = "20") size: Int,
    ): List<InvoiceDto> =
        service.search(customerId, page, size.coerceIn(1, 100)).map { it.toDto() }

    @GetMapping("/{id}")
    fun get(@PathVariable id: Long): InvoiceDto =
        service.find(id)?.toDto()
            ?: throw ResponseStatusException(HttpStatus.NOT_FOUND, "Invoice $id not found")

    @PostMapping
    fun create(@Valid @RequestBody req: CreateInvoiceRequest): ResponseEntity<InvoiceDto> {
        val invoice = service.create(
            customerId = req.customerId,
            amount = req.amount,
            dueDate = req.dueDate ?: LocalDate.now().plusDays(30),
            notes = req.notes,
        )
        return ResponseEntity.created(URI.create("/api/invoices/${invoice.id}")).body(invoice.toDto())
    }

    @PostMapping("/{id}/pay")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    fun markPaid(@PathVariable id: Long) {
        if (!service.markPaid(id)) {
            throw ResponseStatusException(HttpStatus.CONFLICT, "Invoice $id cannot be paid")
        }
    }
}
