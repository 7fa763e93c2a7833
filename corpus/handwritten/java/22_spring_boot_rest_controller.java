package com.example.inventory.web;

import com.example.inventory.domain.Warehouse;
import com.example.inventory.service.WarehouseService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/warehouses")
public class WarehouseController {

    public record CreateWarehouse(@NotBlank String code, @NotBlank String city, @PositiveOrZero int capacity) {}

    private final WarehouseService service;

    public WarehouseController(WarehouseService service) {
        this.service = service;
    }

    @GetMapping
    public List<Warehouse> list(@RequestParam(required = false) String city) {
        return city == null ? service.findAll() : service.findByCity(city);
    }

    @GetMapping("/{code}")
    public Warehouse get(@PathVariable String code) {
        return service.findByCode(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no warehouse " + code));
    }

    @PostMapping
    public ResponseEntity<Warehouse> create(@Valid @RequestBody CreateWarehouse body) {
        Warehouse created = service.create(body.code(), body.city(), body.capacity());
        return ResponseEntity.created(URI.create("/api/v1/warehouses/" + created.getCode())).body(created);
    }

    @PatchMapping("/{code}/capacity")
    public Warehouse resize(@PathVariable String code, @RequestParam int capacity) {
        if (capacity < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "capacity must be >= 0");
        }
        return service.resize(code, capacity);
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String code) {
        service.delete(code);
    }
}
