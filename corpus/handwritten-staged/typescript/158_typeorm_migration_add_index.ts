import { MigrationInterface, QueryRunner, TableIndex, TableColumn } from "typeorm"

export class AddOrderSearchIndexes1718200000000 implements MigrationInterface {
    name = "AddOrderSearchIndexes1718200000000"

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.addColumn(
            "orders",
            new TableColumn({ name: "external_ref", type: "varchar", length: "64", isNullable: true }),
        )
        await queryRunner.createIndex(
            "orders",
            new TableIndex({ name: "IDX_orders_customer_created", columnNames: ["customer_id", "created_at"] }),
        )
        await queryRunner.query(
            `CREATE UNIQUE INDEX "IDX_orders_external_ref" ON "orders" ("external_ref") WHERE "external_ref" IS NOT NULL`,
        )
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_orders_external_ref"`)
        await queryRunner.dropIndex("orders", "IDX_orders_customer_created")
        await queryRunner.dropColumn("orders", "external_ref")
    }
}
