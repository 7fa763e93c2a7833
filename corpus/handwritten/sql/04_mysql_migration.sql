-- V12__add_inventory_tables.sql

CREATE TABLE warehouses (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  code CHAR(4) NOT NULL,
  name VARCHAR(100) NOT NULL,
  city VARCHAR(80) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_warehouses_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE stock_levels (
  warehouse_id INT UNSIGNED NOT NULL,
  product_id BIGINT UNSIGNED NOT NULL,
  on_hand INT NOT NULL DEFAULT 0,
  reserved INT NOT NULL DEFAULT 0,
  reorder_point INT NOT NULL DEFAULT 10,
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (warehouse_id, product_id),
  KEY idx_stock_product (product_id),
  CONSTRAINT fk_stock_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouses (id),
  CONSTRAINT fk_stock_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
  CONSTRAINT chk_reserved CHECK (reserved >= 0 AND reserved <= on_hand)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE products
  ADD COLUMN weight_grams INT UNSIGNED NULL AFTER price,
  ADD COLUMN discontinued TINYINT(1) NOT NULL DEFAULT 0;

INSERT INTO warehouses (code, name, city) VALUES
  ('BER1', 'Berlin Nord', 'Berlin'),
  ('HAM1', 'Hamburg Hafen', 'Hamburg'),
  ('MUC1', 'München Ost', 'München');

CREATE TABLE stock_movements (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  warehouse_id INT UNSIGNED NOT NULL,
  product_id BIGINT UNSIGNED NOT NULL,
  delta INT NOT NULL,
  reason ENUM('receipt', 'sale', 'return', 'adjustment', 'transfer') NOT NULL,
  reference VARCHAR(64) DEFAULT NULL,
  created_by VARCHAR(64) NOT NULL DEFAULT (CURRENT_USER()),
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  KEY idx_movements_product_time (product_id, created_at),
  CONSTRAINT fk_movements_stock FOREIGN KEY (warehouse_id, product_id)
    REFERENCES stock_levels (warehouse_id, product_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

DELIMITER //

CREATE TRIGGER trg_stock_movement_apply
AFTER INSERT ON stock_movements
FOR EACH ROW
BEGIN
  UPDATE stock_levels
     SET on_hand = on_hand + NEW.delta
   WHERE warehouse_id = NEW.warehouse_id
     AND product_id = NEW.product_id;
END//

CREATE PROCEDURE transfer_stock(
  IN p_product BIGINT UNSIGNED,
  IN p_from INT UNSIGNED,
  IN p_to INT UNSIGNED,
  IN p_qty INT
)
BEGIN
  DECLARE v_available INT;

  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    ROLLBACK;
    RESIGNAL;
  END;

  START TRANSACTION;

  SELECT on_hand - reserved INTO v_available
    FROM stock_levels
   WHERE warehouse_id = p_from AND product_id = p_product
   FOR UPDATE;

  IF v_available IS NULL OR v_available < p_qty THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'not enough stock to transfer';
  END IF;

  INSERT INTO stock_levels (warehouse_id, product_id, on_hand)
  VALUES (p_to, p_product, 0)
  ON DUPLICATE KEY UPDATE on_hand = on_hand;

  INSERT INTO stock_movements (warehouse_id, product_id, delta, reason, reference)
  VALUES (p_from, p_product, -p_qty, 'transfer', CONCAT('to:', p_to)),
         (p_to, p_product, p_qty, 'transfer', CONCAT('from:', p_from));

  COMMIT;
END//

DELIMITER ;

CREATE OR REPLACE VIEW v_reorder_list AS
SELECT w.code AS warehouse,
       p.sku,
       p.name,
       s.on_hand,
       s.reserved,
       s.reorder_point
  FROM stock_levels s
  JOIN warehouses w ON w.id = s.warehouse_id
  JOIN products p ON p.id = s.product_id
 WHERE s.on_hand - s.reserved <= s.reorder_point
   AND p.discontinued = 0
 ORDER BY w.code, p.sku;
