## Tables (ui/widgets/virtual-table.js) and the "… since…" picker (ui/widgets/since-picker.js).

# Said when a column header sorts the table; { $column } is the header's words.
table-sorted-ascending = Sorted by { $column }, ascending.
table-sorted-descending = Sorted by { $column }, descending.
