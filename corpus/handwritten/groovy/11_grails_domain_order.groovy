package shop

class Order {

    String reference
    Customer customer
    BigDecimal total = 0.0
    OrderStatus status = OrderStatus.NEW
    Date dateCreated
    Date lastUpdated
    String notes

    static hasMany = [lines: OrderLine]
    static belongsTo = [customer: Customer]

    static constraints = {
        reference blank: false, unique: true, matches: /ORD-\d{6}/
        total min: 0.0, scale: 2
        notes nullable: true, maxSize: 2000
        lines minSize: 1
    }

    static mapping = {
        table 'shop_order'
        lines cascade: 'all-delete-orphan', sort: 'position'
        status enumType: 'string'
        notes type: 'text'
    }

    static namedQueries = {
        openFor { Customer c ->
            eq 'customer', c
            inList 'status', [OrderStatus.NEW, OrderStatus.PAID]
            order 'dateCreated', 'desc'
        }
    }

    def beforeValidate() {
        total = lines?.sum { it.quantity * it.unitPrice } ?: 0.0
    }

    String toString() { "${reference} (${status})" }
}

enum OrderStatus { NEW, PAID, SHIPPED, CANCELLED }
