## Tablas (ui/widgets/virtual-table.js) y el selector «… desde…» (ui/widgets/since-picker.js).

table-sorted-ascending = Ordenado por { $column }, ascendente.
table-sorted-descending = Ordenado por { $column }, descendente.
