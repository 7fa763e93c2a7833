package com.example.catalog.web;

import com.example.catalog.model.Product;
import com.example.catalog.service.ProductService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/products")
@Validated
public class ProductController {

    private final ProductService service;

    public ProductController(ProductService service) {
        this.service = service;
    }

    public record ProductRequest(@NotBlank String name, @NotBlank String sku, @Min(0) BigDecimal price, List<String> tags) {}

    public record ProductResponse(long id, String name, String sku, BigDecimal price, List<String> tags) {
        static ProductResponse from(Product p) {
            return new ProductResponse(p.getId(), p.getName(), p.getSku(), p.getPrice(), List.copyOf(p.getTags()));
        }
    }

    @GetMapping
    public Page<ProductResponse> list(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "25") int size,
                                      @RequestParam(required = false) String tag) {
        var pageable = PageRequest.of(page, Math.min(size, 100), Sort.by("name"));
        return service.search(tag, pageable).map(ProductResponse::from);
    }

    @GetMapping("/{id}")
    public ProductResponse get(@PathVariable long id) {
        return service.findById(id)
                .map(ProductResponse::from)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "product " + id));
    }

    @PostMapping
    public ResponseEntity<ProductResponse> create(@Valid @RequestBody ProductRequest req) {
        if (service.existsBySku(req.sku())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "SKU already exists: " + req.sku());
        }
        Product saved = service.create(req.name(), req.sku(), req.price(), req.tags());
        return ResponseEntity.created(URI.create("/api/v1/products/" + saved.getId()))
                .body(ProductResponse.from(saved));
    }

    @PutMapping("/{id}")
    public ProductResponse update(@PathVariable long id, @Valid @RequestBody ProductRequest req) {
        return ProductResponse.from(service.update(id, req.name(), req.price(), req.tags()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        service.delete(id);
    }
}
