## Tabelas (ui/widgets/virtual-table.js) e o seletor "… desde…" (ui/widgets/since-picker.js).

table-sorted-ascending = Ordenado por { $column }, em ordem crescente.
table-sorted-descending = Ordenado por { $column }, em ordem decrescente.
