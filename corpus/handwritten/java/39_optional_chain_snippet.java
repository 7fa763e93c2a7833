String city = Optional.ofNullable(order)
        .map(Order::getCustomer)
        .map(Customer::getAddress)
        .map(Address::getCity)
        .filter(c -> !c.isBlank())
        .orElse("unknown");
