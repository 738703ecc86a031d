"""payments, receipts, refunds, bill write-offs and the per-unit fee reminder ladder"""

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("bills", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("written_off_at", storage.types.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(
            sa.Column("write_off_note", sa.Text(), server_default="", nullable=False)
        )
    op.create_table(
        "estate_payments",
        sa.Column("estate_id", sa.Integer(), nullable=False),
        sa.Column("provider_token", sa.String(length=256), server_default="", nullable=False),
        sa.Column("instructions", sa.Text(), server_default="", nullable=False),
        sa.Column("qr_image", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["estate_id"],
            ["estates.id"],
            name=op.f("fk_estate_payments_estate_id_estates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("estate_id", name=op.f("pk_estate_payments")),
    )
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("estate_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("payer_account_id", sa.Integer(), nullable=True),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=8), nullable=False),
        sa.Column("receipt_no", sa.String(length=32), nullable=True),
        sa.Column("charge_id", sa.String(length=128), nullable=True),
        sa.Column("provider_charge_id", sa.String(length=128), nullable=True),
        sa.Column("proof_file_id", sa.String(length=256), nullable=True),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("paid_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["decided_by"],
            ["accounts.id"],
            name=op.f("fk_payments_decided_by_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["estate_id"],
            ["estates.id"],
            name=op.f("fk_payments_estate_id_estates"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["payer_account_id"],
            ["accounts.id"],
            name=op.f("fk_payments_payer_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_payments_unit_id_units"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
        sa.UniqueConstraint("charge_id", name=op.f("uq_payments_charge_id")),
        sa.UniqueConstraint("estate_id", "receipt_no", name=op.f("uq_payments_estate_id")),
    )
    op.create_index("ix_payments_unit", "payments", ["unit_id", "created_at"], unique=False)
    op.create_table(
        "payment_items",
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("bill_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("fee_type", sa.String(length=32), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("applied_minor", sa.BigInteger(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["bill_id"],
            ["bills.id"],
            name=op.f("fk_payment_items_bill_id_bills"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["payments.id"],
            name=op.f("fk_payment_items_payment_id_payments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("payment_id", "bill_id", name=op.f("pk_payment_items")),
    )
    op.create_table(
        "refunds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), server_default="due", nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("refunded_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["payments.id"],
            name=op.f("fk_refunds_payment_id_payments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refunds")),
    )
    op.create_table(
        "fee_ladders",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("overdue_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_overdue", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_fee_ladders_unit_id_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("unit_id", name=op.f("pk_fee_ladders")),
    )
    op.create_table(
        "fee_ladder_steps",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("step", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_fee_ladder_steps_unit_id_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("unit_id", "due_date", "step", name=op.f("pk_fee_ladder_steps")),
    )
    op.create_table(
        "fee_ladder_seen",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("overdue_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_fee_ladder_seen_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_fee_ladder_seen_unit_id_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("unit_id", "account_id", name=op.f("pk_fee_ladder_seen")),
    )


def downgrade() -> None:
    op.drop_table("fee_ladder_seen")
    op.drop_table("fee_ladder_steps")
    op.drop_table("fee_ladders")
    op.drop_table("refunds")
    op.drop_table("payment_items")
    op.drop_index("ix_payments_unit", table_name="payments")
    op.drop_table("payments")
    op.drop_table("estate_payments")
    with op.batch_alter_table("bills", schema=None) as batch_op:
        batch_op.drop_column("write_off_note")
        batch_op.drop_column("written_off_at")
