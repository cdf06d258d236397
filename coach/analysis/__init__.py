"""The pure domain of coach: no Flask, no database, plain data in and out."""
