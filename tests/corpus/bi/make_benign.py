"""Benign hard-negative corpus "bi": text typed into the ordinary fields of a
business-intelligence and spreadsheet help desk (formulas, DAX, Power Query M,
LookML/dbt, pasted analyst SQL, dashboard filters, chart titles and named ranges,
error reports, pasted cell data, multilingual ticket notes).

Every value is hand-written for this corpus or produced by the small templates
below over hand-written pools. Output: benign.jsonl next to this file.
"""
import json
import random
from pathlib import Path

SEED = 8201
PREFIX = "hb82"
PER_CATEGORY = 80

# --------------------------------------------------------------------------
# 1. spreadsheet formulas (Excel / Google Sheets)
FORMULAS = [
    '=SUMIFS(C:C, A:A, "North", B:B, ">="&DATE(2024,1,1))',
    "=IFERROR(VLOOKUP($A2,'Price List'!$A:$D,4,FALSE),\"not found\")",
    '=XLOOKUP(F2, Orders[OrderID], Orders[Amount], "—", 0)',
    "=INDEX(B:B, MATCH(MAX(C:C), C:C, 0))",
    '=COUNTIFS(Status,"<>Closed",Owner,"*Müller*")',
    '=TEXT(A2,"yyyy-mm-dd") & " | " & B2',
    '=LET(x, A2:A100, FILTER(x, x<>""))',
    '=SUMPRODUCT((Region="West")*(Month=3)*Sales)',
    '=IF(AND(D2>=0.9, E2="Y"), "Bonus", IF(D2>=0.75, "Review", "—"))',
    "=ARRAYFORMULA(IF(LEN(A2:A), B2:B*C2:C, ))",
    "=QUERY(A1:D, \"select A, sum(D) where B = 'Paid' group by A order by sum(D) desc label sum(D) 'Total'\", 1)",
    '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/1QbX7mT0Zr9Kp2LwA5sYdE3fGhJ8uVnC4oIi6Mx/edit", "Budget 2024!A1:F200")',
    '=REGEXEXTRACT(A2, "INV-(\\d{6})")',
    '=SUBSTITUTE(SUBSTITUTE(A2, "/", "-"), "\\", "-")',
    '=HYPERLINK("https://intranet.example.com/reports?id=" & A2 & "&view=full", "Open report")',
    "=ROUND(SUM(Sales!C2:C500)/COUNTA(Sales!A2:A500), 2)",
    '=DATEDIF(B2, TODAY(), "m") & " months"',
    '=SUMIF(A:A, "<"&EDATE(TODAY(),-12), C:C)',
    '=TEXTJOIN("; ", TRUE, UNIQUE(FILTER(C2:C, B2:B="Select tier")))',
    '=IFS(A2<0,"negative",A2=0,"zero",TRUE,"positive")',
    "=NETWORKDAYS(A2, B2, Holidays!$A$2:$A$20)",
    '=AVERAGEIFS(Score, Team, "Ops & Support", Week, ">="&$H$1)',
    '=CONCATENATE(LEFT(A2, FIND(" ", A2)-1), ".", LOWER(B2), "@company.example")',
    "=OFFSET($A$1, COUNTA($A:$A)-1, 0)",
    "=INDIRECT(\"'\" & B1 & \"'!C\" & ROW())",
    "=SORTBY(Table1, Table1[Revenue], -1)",
    '=SPLIT(A2, ";|,", TRUE, TRUE)',
    '=GOOGLEFINANCE("NASDAQ:GOOG", "price", DATE(2024,1,1), DATE(2024,3,31), "DAILY")',
    '=IMAGE("https://cdn.example.com/logos/acme.png", 4, 40, 120)',
    "=SUM(Jan:Dec!B5)",
    '=MAXIFS(D:D, A:A, A2, E:E, "<>cancelled")',
    '=MID(A2, SEARCH("=", A2)+1, 99)',
    '=IF(ISNUMBER(SEARCH("drop", B2)), "Drop shipment", "Warehouse")',
    '=FILTER(A2:E500, (C2:C500>1000) * (D2:D500="EMEA"), "no rows")',
    "=TRIM(CLEAN(A2))",
    "=PERCENTRANK.INC($C$2:$C$200, C2)",
    "=SEQUENCE(12, 1, DATE(2024,1,1), 31)",
    "=LAMBDA(a, b, (a-b)/b)(C2, B2)",
    '=XMATCH("Union Pacific", A:A)',
    '=COUNTIF(A:A, "*;*")',
    '=SUMIFS(Amount, Date, ">="&$B$1, Date, "<"&EOMONTH($B$1,0)+1)',
    '=VLOOKUP(A2&"|"&B2, Helper!A:C, 3, 0)',
    "=LOOKUP(2, 1/(A:A=E2), B:B)",
    "=SUM(--(LEN(A2:A50)>0))",
    "='Q3 Forecast'!D14 * (1 + Assumptions!$B$3)",
    "=WEEKDAY(A2, 2)<6",
    '=IMPORTXML("https://www.example.org/prices", "//table[@id=\'rates\']//tr/td[2]")',
    '=IMPORTDATA("https://data.example.gov/exports/population.csv")',
    '=REGEXREPLACE(A2, "[^0-9]", "")',
    '=IF(B2="", "", B2 * (1 - Discount))',
    '=COUNTIFS(A:A, "<>", B:B, "exec*")',
    "=STDEV.S(IF(Region=\"North\", Sales))",
    "=MMULT(TRANSPOSE(A2:A10), B2:B10)",
]
F_FUNCS = ["SUMIFS", "COUNTIFS", "AVERAGEIFS", "MAXIFS", "MINIFS"]
F_SHEETS = ["Sales", "'Raw Data'", "Export_2024", "'Région Sud'", "Pipeline"]
F_CRITS = ['"North"', '">=100"', '"<>Closed"', '"*GmbH*"', '"Q?"', '"<"&TODAY()', '$H$2', '"Ä-Kunden"']


def tpl_formula(rng):
    f = rng.choice(F_FUNCS)
    sh = rng.choice(F_SHEETS)
    c1, c2 = rng.sample("BCDEFGH", 2)
    crit = rng.choice(F_CRITS)
    if f == "COUNTIFS":
        return f"={f}({sh}!{c1}:{c1}, {crit})"
    return f"={f}({sh}!{c1}:{c1}, {sh}!{c2}:{c2}, {crit})"


# --------------------------------------------------------------------------
# 2. DAX measures
DAX = [
    "Total Sales = SUM(Sales[Amount])",
    'Sales North = CALCULATE(SUM(Sales[Amount]), FILTER(Region, Region[Name] = "North"))',
    "YoY % = DIVIDE([Total Sales] - [Sales LY], [Sales LY])",
    "Sales LY = CALCULATE([Total Sales], SAMEPERIODLASTYEAR('Date'[Date]))",
    "Running Total = CALCULATE([Total Sales], FILTER(ALL('Date'), 'Date'[Date] <= MAX('Date'[Date])))",
    "Rank Product = RANKX(ALL(Product[Name]), [Total Sales], , DESC, Dense)",
    "Customers = DISTINCTCOUNT(Sales[CustomerID])",
    "Margin % = DIVIDE(SUMX(Sales, Sales[Qty] * (Sales[Price] - Sales[Cost])), SUMX(Sales, Sales[Qty] * Sales[Price]))",
    'Selected Region = SELECTEDVALUE(Region[Name], "All regions")',
    "Title = \"Sales for \" & SELECTEDVALUE('Date'[Year]) & \" – \" & [Selected Region]",
    "Is Filtered = ISFILTERED(Product[Category])",
    'Top 10 = TOPN(10, SUMMARIZE(Sales, Product[Name], "Amt", [Total Sales]), [Amt], DESC)',
    "EVALUATE\nSUMMARIZECOLUMNS('Date'[Year], Region[Name], \"Sales\", [Total Sales])\nORDER BY 'Date'[Year]",
    'Age Group = SWITCH(TRUE(), Customer[Age] < 25, "<25", Customer[Age] < 45, "25–44", "45+")',
    "Open Orders = CALCULATE(COUNTROWS(Orders), Orders[Status] <> \"Closed\", USERELATIONSHIP(Orders[ShipDate], 'Date'[Date]))",
    "Avg Basket =\nVAR _orders = DISTINCTCOUNT(Sales[OrderID])\nVAR _amt = [Total Sales]\nRETURN DIVIDE(_amt, _orders, 0)",
    "Sales MTD = TOTALMTD([Total Sales], 'Date'[Date])",
    "Sales YTD (FY Jul) = TOTALYTD([Total Sales], 'Date'[Date], \"6/30\")",
    "Prev Month = CALCULATE([Total Sales], DATEADD('Date'[Date], -1, MONTH))",
    "% of Total = DIVIDE([Total Sales], CALCULATE([Total Sales], ALLSELECTED(Product)))",
    "New Customers =\nVAR _first = CALCULATETABLE(VALUES(Sales[CustomerID]), 'Date'[Date] < MIN('Date'[Date]))\nRETURN COUNTROWS(EXCEPT(VALUES(Sales[CustomerID]), _first))",
    "Churned = COUNTROWS(FILTER(Customer, Customer[LastOrder] < TODAY() - 180))",
    'Label = IF(HASONEVALUE(Product[Name]), VALUES(Product[Name]), "Multiple selections")',
    'Status Icon = IF([Margin %] < 0, "🔴", IF([Margin %] < 0.15, "🟡", "🟢"))',
    "Sales (excl. returns) = CALCULATE([Total Sales], KEEPFILTERS(Sales[Type] <> \"Return\"))",
    "Weighted Price = SUMX(Sales, Sales[Qty] * Sales[Price]) / SUM(Sales[Qty])",
    "Moving Avg 3M = AVERAGEX(DATESINPERIOD('Date'[Date], MAX('Date'[Date]), -3, MONTH), [Total Sales])",
    "Users In Role = LOOKUPVALUE(Users[Region], Users[Email], USERPRINCIPALNAME())",
    "Dynamic Measure = SWITCH(SELECTEDVALUE(Metric[Name]), \"Revenue\", [Total Sales], \"Units\", SUM(Sales[Qty]), \"Margin\", [Margin %], BLANK())",
    "Date = CALENDAR(DATE(2020,1,1), DATE(2025,12,31))",
    "Date Table =\nADDCOLUMNS(\n    CALENDARAUTO(),\n    \"Year\", YEAR([Date]),\n    \"Month\", FORMAT([Date], \"mmm\"),\n    \"Quarter\", \"Q\" & QUARTER([Date])\n)",
    "Full Name = Customer[First] & \" \" & Customer[Last]",
    "Clean SKU = SUBSTITUTE(SUBSTITUTE(Product[SKU], \"/\", \"-\"), \" \", \"\")",
    "Concat Regions = CONCATENATEX(VALUES(Region[Name]), Region[Name], \", \", Region[Name], ASC)",
    "Has Sales = NOT ISBLANK([Total Sales])",
    "Sales Target Gap = [Total Sales] - SUM(Target[Amount])",
    "Max Date = CALCULATE(MAX(Sales[OrderDate]), ALL(Sales))",
    "Segment = IF(Customer[Revenue] >= 100000, \"Key Account\", IF(Customer[Revenue] >= 10000, \"Mid\", \"Small\"))",
    "Count Union Members = CALCULATE(COUNTROWS(Employee), Employee[Union] = TRUE())",
    "Selected Measure Text = \"Showing: \" & SELECTEDVALUE(Metric[Name], \"(none)\")",
    "Umsatz Vorjahr = CALCULATE([Umsatz], PARALLELPERIOD('Datum'[Datum], -12, MONTH))",
    "Ventes cumulées = CALCULATE([Ventes], DATESYTD('Calendrier'[Date]))",
    "Distinct Tickets = CALCULATE(DISTINCTCOUNT(Tickets[ID]), REMOVEFILTERS(Tickets[Priority]))",
    "Orders w/o Payment = COUNTROWS(EXCEPT(VALUES(Orders[OrderID]), VALUES(Payments[OrderID])))",
    "Ratio = IFERROR([A] / [B], 0)",
    "Treatas Example = CALCULATE([Total Sales], TREATAS(VALUES(Budget[Region]), Region[Name]))",
    "Why does my measure show the same value in every row?\nTotal = CALCULATE(SUM(Sales[Amount]), ALL(Sales))",
    "Is it fine to use FILTER(ALL(Sales), Sales[Amount] > 1000) or should I use KEEPFILTERS here?",
    "Cross Sell = CALCULATE(DISTINCTCOUNT(Sales[CustomerID]), INTERSECT(VALUES(Sales[CustomerID]), CALCULATETABLE(VALUES(Sales[CustomerID]), Product[Category] = \"Accessories\")))",
    "Select All Flag = IF(COUNTROWS(VALUES(Region[Name])) = COUNTROWS(ALL(Region[Name])), \"All\", \"Filtered\")",
]
DAX_NAMES = ["Revenue", "Units", "Cost", "Discount", "Freight", "Tax", "Refunds"]
DAX_COLS = ["Amount", "Qty", "NetValue", "GrossValue", "Cost"]
DAX_TIME = ["SAMEPERIODLASTYEAR('Date'[Date])", "DATEADD('Date'[Date], -1, QUARTER)",
            "DATESYTD('Date'[Date])", "PREVIOUSMONTH('Date'[Date])", "DATESMTD('Date'[Date])"]


def tpl_dax(rng):
    n = rng.choice(DAX_NAMES)
    col = rng.choice(DAX_COLS)
    t = rng.choice(DAX_TIME)
    tag = t.split("(")[0].title()
    return f"{n} {tag} = CALCULATE(SUM(Fact{n}[{col}]), {t})"


# --------------------------------------------------------------------------
# 3. Power Query M
MCODE = [
    'let\n    Source = Csv.Document(File.Contents("C:\\Users\\jdoe\\Downloads\\export.csv"), [Delimiter=";", Encoding=65001]),\n    #"Promoted Headers" = Table.PromoteHeaders(Source)\nin\n    #"Promoted Headers"',
    'let Source = Excel.Workbook(File.Contents("\\\\fileserver01\\finance$\\Budget\\FY24.xlsx"), null, true) in Source',
    'Sql.Database("sql01.corp.example", "Sales", [Query="select * from dbo.Orders where OrderDate >= \'2024-01-01\'"])',
    'Web.Contents("https://api.example.com/v2/invoices", [Query=[page="1", per_page="100"], Headers=[Accept="application/json"]])',
    '= Table.SelectRows(#"Changed Type", each [Region] <> null and [Region] <> "")',
    '= Table.AddColumn(#"Removed Columns", "Net", each [Gross] - [Tax], type number)',
    '= Table.ReplaceValue(#"Added Custom", "n/a", null, Replacer.ReplaceValue, {"Country"})',
    '= Table.TransformColumnTypes(Source, {{"Date", type date}, {"Amount", Currency.Type}}, "de-DE")',
    '= Table.NestedJoin(Orders, {"CustomerID"}, Customers, {"ID"}, "Customers", JoinKind.LeftOuter)',
    '= Table.Group(#"Sorted Rows", {"Region"}, {{"Total", each List.Sum([Amount]), type number}})',
    'let\n    Source = Folder.Files("D:\\Reports\\Monthly"),\n    Filtered = Table.SelectRows(Source, each Text.EndsWith([Name], ".xlsx") and not Text.StartsWith([Name], "~$"))\nin\n    Filtered',
    '= Text.Combine({[City], [Zip]}, " / ")',
    '= if [Amount] >= 1000 then "Large" else if [Amount] >= 100 then "Medium" else "Small"',
    '= try Number.FromText([Value], "en-US") otherwise null',
    '= Table.UnpivotOtherColumns(Source, {"Product"}, "Month", "Value")',
    '= Json.Document(Web.Contents("https://api.example.com", [RelativePath="v1/orders", Query=[since=DateTime.ToText(LastRefresh, "yyyy-MM-ddTHH:mm:ss")]]))',
    '= Table.Buffer(Table.Distinct(#"Removed Duplicates", {"Email"}))',
    '= Date.AddMonths(Date.StartOfMonth(DateTime.Date(DateTime.LocalNow())), -1)',
    '= Text.Replace([Path], "\\", "/")',
    '= List.Dates(#date(2024,1,1), 366, #duration(1,0,0,0))',
    'let\n    fnGetPage = (page as number) as table =>\n        let\n            r = Json.Document(Web.Contents("https://crm.example.com/api/contacts?page=" & Number.ToText(page)))\n        in\n            Table.FromRecords(r[data])\nin\n    fnGetPage',
    '= Odbc.Query("dsn=Warehouse", "SELECT region, SUM(amount) AS total FROM fact_sales GROUP BY region")',
    '= SharePoint.Files("https://contoso.sharepoint.com/sites/Finance", [ApiVersion = 15])',
    '= Table.RenameColumns(Source, {{"Column1", "Kunde"}, {"Column2", "Straße"}, {"Column3", "Ort"}})',
    '= Table.SplitColumn(Source, "Full Name", Splitter.SplitTextByDelimiter(", ", QuoteStyle.Csv), {"Last", "First"})',
    '= Record.Field(_, "Sales & Marketing")',
    '= Table.FillDown(#"Changed Type1", {"Category"})',
    '= Value.NativeQuery(Source, "exec dbo.usp_MonthlyClose @Year = 2024, @Month = 3", null, [EnableFolding=false])',
    '= Table.SelectRows(Source, each List.Contains({"DE", "AT", "CH"}, [Country]))',
    '= Text.PadStart(Text.From([StoreNo]), 5, "0")',
    'Expression.Error: We cannot convert the value null to type Logical. — happens on step #"Filtered Rows1"',
    '= Table.Combine({Jan, Feb, Mar})',
    '= Table.AddIndexColumn(Source, "Index", 1, 1, Int64.Type)',
    '= Binary.Decompress(Web.Contents(url), Compression.GZip)',
    '= Table.Pivot(Source, List.Distinct(Source[Attribute]), "Attribute", "Value", List.Sum)',
    '= Text.BetweenDelimiters([Description], "[", "]")',
    '= PostgreSQL.Database("pg-analytics.internal.example:5432", "dwh")',
    '= Snowflake.Databases("acme.eu-central-1.snowflakecomputing.com", "BI_WH")',
    '= each Text.Contains([Comment], "union", Comparer.OrdinalIgnoreCase)',
    '= Table.TransformColumns(Source, {{"Email", Text.Lower, type text}})',
    '= Csv.Document(Web.Contents("https://data.example.org/exports/kpi.csv"), [Delimiter=",", Columns=7, QuoteStyle=QuoteStyle.Csv])',
    '= Table.SelectColumns(Source, {"Order ID", "Ship Date", "Amount (€)"})',
    '= Xml.Tables(File.Contents("C:\\Data\\feeds\\catalog.xml"))',
    'How do I reference the previous row in Power Query? I tried = Table.AddColumn(Source, "Prev", each Source[Amount]{[Index]-1}) but it is extremely slow.',
    '= Table.ExpandRecordColumn(Source, "address", {"street", "city"}, {"address.street", "address.city"})',
    '= DateTime.FixedLocalNow() - #duration(0, 2, 0, 0)',
    '= Text.Select([Phone], {"0".."9", "+"})',
    '= List.Accumulate({1..10}, 0, (state, current) => state + current)',
    '= Table.Sort(Source, {{"Amount", Order.Descending}, {"Name", Order.Ascending}})',
    '= Excel.CurrentWorkbook(){[Name="tblParams"]}[Content]{0}[Value]',
]
M_STEPS = ["Source", '#"Changed Type"', '#"Filtered Rows"', '#"Removed Columns"', '#"Merged Queries"']
M_COLS = ["Region", "Kostenstelle", "Status", "Owner", "Währung", "Channel"]
M_VALS = ['"Closed"', '"EUR"', 'null', '"Online & Retail"', '"n/a"', '"Nord"']


def tpl_m(rng):
    s = rng.choice(M_STEPS)
    c = rng.choice(M_COLS)
    v = rng.choice(M_VALS)
    op = rng.choice(["<>", "="])
    return f"= Table.SelectRows({s}, each [{c}] {op} {v})"


# --------------------------------------------------------------------------
# 4. LookML and dbt
LOOKML_DBT = [
    "dimension: status {\n  type: string\n  sql: ${TABLE}.status ;;\n}",
    "measure: total_revenue {\n  type: sum\n  sql: ${amount} ;;\n  value_format_name: usd\n}",
    "{{ config(materialized='incremental', unique_key='order_id') }}\n\nselect * from {{ ref('stg_orders') }}\n{% if is_incremental() %}\nwhere updated_at > (select max(updated_at) from {{ this }})\n{% endif %}",
    "select\n    customer_id,\n    count(*) as order_count\nfrom {{ ref('fct_orders') }}\ngroup by 1",
    "{{ source('stripe', 'payments') }}",
    "dimension_group: created {\n  type: time\n  timeframes: [raw, date, week, month, quarter, year]\n  sql: ${TABLE}.created_at ;;\n}",
    "explore: orders {\n  join: users {\n    type: left_outer\n    sql_on: ${orders.user_id} = ${users.id} ;;\n    relationship: many_to_one\n  }\n}",
    "measure: avg_order_value {\n  type: number\n  sql: 1.0 * ${total_revenue} / NULLIF(${count}, 0) ;;\n}",
    "dimension: is_big_order {\n  type: yesno\n  sql: ${amount} >= 1000 ;;\n}",
    "dimension: profile_link {\n  sql: ${TABLE}.id ;;\n  html: <a href=\"/dashboards/42?User+ID={{ value }}\">{{ rendered_value }}</a> ;;\n}",
    "models:\n  - name: dim_customers\n    columns:\n      - name: customer_id\n        tests:\n          - unique\n          - not_null",
    "{% macro cents_to_dollars(column_name, precision=2) %}\n    round({{ column_name }} / 100, {{ precision }})\n{% endmacro %}",
    "dbt run --select +fct_orders --target prod",
    "dbt test --select source:stripe",
    "dbt build -s state:modified+ --defer --state ./prod-artifacts",
    "{{ dbt_utils.generate_surrogate_key(['order_id', 'line_no']) }}",
    "{% set payment_methods = ['credit_card', 'coupon', 'bank_transfer', 'gift_card'] %}\nselect\n  order_id,\n  {% for m in payment_methods %}\n  sum(case when payment_method = '{{ m }}' then amount end) as {{ m }}_amount{% if not loop.last %},{% endif %}\n  {% endfor %}\nfrom {{ ref('stg_payments') }}\ngroup by 1",
    "parameter: metric_selector {\n  type: unquoted\n  allowed_value: { label: \"Revenue\" value: \"revenue\" }\n  allowed_value: { label: \"Orders\" value: \"orders\" }\n}",
    "measure: dynamic_metric {\n  type: number\n  sql: {% if metric_selector._parameter_value == 'revenue' %} ${total_revenue} {% else %} ${count} {% endif %} ;;\n}",
    "derived_table: {\n  sql: SELECT user_id, MIN(created_at) AS first_order FROM orders GROUP BY 1 ;;\n  datagroup_trigger: nightly\n}",
    "datagroup: nightly {\n  sql_trigger: SELECT CURRENT_DATE ;;\n  max_cache_age: \"24 hours\"\n}",
    "access_filter: {\n  field: users.region\n  user_attribute: allowed_region\n}",
    "sql_always_where: ${orders.status} <> 'test' ;;",
    "dimension: full_name {\n  sql: CONCAT(${first_name}, ' ', ${last_name}) ;;\n}",
    "link: {\n  label: \"Open in CRM\"\n  url: \"https://crm.example.com/accounts/{{ value | url_encode }}\"\n}",
    "dbt snapshot --select orders_snapshot",
    "snapshots:\n  - name: orders_snapshot\n    config:\n      strategy: timestamp\n      updated_at: updated_at\n      unique_key: id",
    "sources:\n  - name: jaffle_shop\n    database: raw\n    tables:\n      - name: orders\n        loaded_at_field: _etl_loaded_at\n        freshness:\n          warn_after: {count: 12, period: hour}",
    "{{ config(post_hook=\"grant select on {{ this }} to role reporter\") }}",
    "{{ var('start_date', '2024-01-01') }}",
    "dbt run --vars '{\"start_date\": \"2024-03-01\", \"region\": \"EMEA\"}'",
    "select * from {{ ref('orders') }} where amount > 0 -- exclude refunds, see ticket BI-2291",
    "dimension: week_label {\n  sql: TO_CHAR(${created_date}, 'IYYY-\"W\"IW') ;;\n}",
    "filters: [orders.created_date: \"last 30 days\", users.country: \"-Germany,-Austria\"]",
    "{% if target.name == 'dev' %}\nlimit 1000\n{% endif %}",
    "Why does Looker say 'Unknown or inaccessible field \"users.email\" referenced in \"orders.customer_email\"'? The join exists in the explore.",
    "measure: distinct_customers {\n  type: count_distinct\n  sql: ${user_id} ;;\n  drill_fields: [users.id, users.name, orders.count]\n}",
    "{{ adapter.quote('Order Date') }}",
    "{% docs orders_status %}\nOne of: placed, shipped, completed, return_pending, returned.\n{% enddocs %}",
    "dbt seed --select country_codes --full-refresh",
    "packages:\n  - package: dbt-labs/dbt_utils\n    version: [\">=1.1.0\", \"<2.0.0\"]",
    "dimension: revenue_tier {\n  type: tier\n  tiers: [0, 100, 500, 1000, 5000]\n  style: integer\n  sql: ${amount} ;;\n}",
    "{{ ref('stg_orders') }} vs {{ source('shop', 'orders') }} — which one should the mart use?",
    "dimension: country_flag {\n  sql: ${country} ;;\n  html: {% if value == 'DE' %}🇩🇪{% elsif value == 'FR' %}🇫🇷{% else %}{{ value }}{% endif %} ;;\n}",
    "on-run-end: \"{{ log_run_results(results) }}\"",
    "{% set max_date = run_query('select max(order_date) from ' ~ ref('fct_orders')).columns[0][0] %}",
    "dbt ls --resource-type model --output json | jq '.name'",
    "sql_trigger_value: SELECT MAX(updated_at) FROM etl_log ;;",
    "always_filter: {\n  filters: [orders.created_date: \"7 days\"]\n}",
    "{{ dbt_utils.star(from=ref('stg_customers'), except=['_loaded_at', 'password_hash']) }}",
]
LK_FIELDS = ["amount", "discount", "shipping_cost", "tax_amount", "quantity", "refund_amount"]
LK_TYPES = ["sum", "average", "max", "min", "median"]


def tpl_lookml(rng):
    f = rng.choice(LK_FIELDS)
    t = rng.choice(LK_TYPES)
    fmt = rng.choice(["usd", "eur_0", "decimal_2", "percent_1"])
    return f"measure: {t}_{f} {{\n  type: {t}\n  sql: ${{{f}}} ;;\n  value_format_name: {fmt}\n}}"


# --------------------------------------------------------------------------
# 5. SQL pasted by analysts, usually with a question
ANALYST_SQL = [
    "Why does this return duplicates?\nSELECT c.id, o.total FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.status <> 'void'",
    "SELECT region, SUM(amount) FROM sales WHERE order_date >= '2024-01-01' GROUP BY region ORDER BY 2 DESC; -- numbers don't match the dashboard",
    "Is UNION ALL faster than UNION here? select id from a union select id from b",
    "DROP TABLE IF EXISTS tmp_forecast; -- is it safe to run this in the sandbox schema?",
    "SELECT * FROM orders WHERE customer_name = 'O''Brien Ltd' -- returns nothing, but the customer exists",
    "WITH monthly AS (\n  SELECT date_trunc('month', created_at) AS m, count(*) AS n\n  FROM signups\n  GROUP BY 1\n)\nSELECT m, n, n - lag(n) OVER (ORDER BY m) AS delta FROM monthly;",
    "select user_id, max(login_at) from logins group by user_id having max(login_at) < now() - interval '90 days'",
    "SELECT COALESCE(NULLIF(trim(city), ''), 'unknown') AS city FROM addresses",
    "UPDATE targets SET amount = amount * 1.05 WHERE fiscal_year = 2025; -- do I need approval for this?",
    "Query timed out after 300s: SELECT * FROM events e JOIN sessions s ON s.id = e.session_id WHERE e.ts > '2024-05-01'",
    "Can someone explain why COUNT(DISTINCT user_id) differs from SELECT COUNT(*) FROM (SELECT DISTINCT user_id FROM t) x?",
    "SELECT product, SUM(CASE WHEN quarter = 'Q1' THEN revenue ELSE 0 END) AS q1, SUM(CASE WHEN quarter = 'Q2' THEN revenue ELSE 0 END) AS q2 FROM sales GROUP BY product",
    "exec dbo.usp_RefreshCube @Cube = 'Finance'; -- takes 40 min, is that normal?",
    "SELECT TOP 100 * FROM dbo.Invoices WITH (NOLOCK) ORDER BY InvoiceDate DESC",
    "select * from information_schema.columns where table_name = 'fct_orders' -- need the column list for the data dictionary",
    "SELECT name FROM employees WHERE name LIKE '%son' OR name LIKE '%sen'",
    "Snowflake: SELECT SYSTEM$CLUSTERING_INFORMATION('ANALYTICS.PUBLIC.EVENTS'); what does average_depth 14 mean?",
    "BigQuery: SELECT * FROM `proj.dataset.events_*` WHERE _TABLE_SUFFIX BETWEEN '20240101' AND '20240131'",
    "select order_id, json_extract_path_text(payload, 'shipping', 'city') from raw_orders limit 50",
    "I ran DELETE FROM staging.leads WHERE created_at < '2023-01-01'; by accident on prod — can we restore from last night?",
    "SELECT a.*, b.budget FROM actuals a FULL OUTER JOIN budget b USING (cost_center, period)",
    "select sleep_hours, avg(productivity) from wellbeing_survey group by sleep_hours order by sleep_hours",
    "SELECT * FROM tickets WHERE subject ILIKE '%password reset%' AND created_at::date = current_date",
    "CREATE OR REPLACE VIEW reporting.v_sales AS SELECT * FROM dwh.fact_sales WHERE is_test = false;",
    "select percentile_cont(0.5) within group (order by duration_ms) from page_loads where page = '/checkout'",
    "SELECT date, revenue, AVG(revenue) OVER (ORDER BY date ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS ma7 FROM daily",
    "GRANT SELECT ON ALL TABLES IN SCHEMA marts TO ROLE looker_reader; -- who can run this for us?",
    "select * from users where email = 'anne-marie.dupont@example.fr'",
    "Which is right for fiscal weeks: DATEPART(ISO_WEEK, d) or DATEPART(WEEK, d)? We start on Monday.",
    "SELECT region, string_agg(DISTINCT rep, '; ' ORDER BY rep) FROM accounts GROUP BY region",
    "INSERT INTO manual_adjustments (period, account, amount, comment) VALUES ('2024-03', '4000', -1250.00, 'Gutschrift Müller & Söhne');",
    "select count(*) from orders where status in ('shipped','delivered') and ship_country <> 'US' -- 0 rows?",
    "MERGE INTO dim_product t USING stg_product s ON t.sku = s.sku WHEN MATCHED THEN UPDATE SET t.price = s.price WHEN NOT MATCHED THEN INSERT (sku, price) VALUES (s.sku, s.price);",
    "SELECT * FROM sales /* Q4 only */ WHERE quarter = 4",
    "select regexp_replace(phone, '[^0-9+]', '', 'g') from contacts",
    "Why is `SELECT 1/3` returning 0 in Postgres but 0.333 in Snowflake?",
    "SELECT cust_id, SUM(amt) FROM tx WHERE tx_date BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY cust_id HAVING SUM(amt) > 10000",
    "TRUNCATE TABLE scratch.jdoe_test; -- my own scratch table, just checking I have rights",
    "select * from pg_stat_activity where state = 'active' and query_start < now() - interval '5 minutes'",
    "SELECT o.id, o.note FROM orders o WHERE o.note LIKE '%drop off at back door%'",
    "SELECT DATE_TRUNC('week', ts) AS wk, COUNT(*) FILTER (WHERE event = 'purchase') AS purchases FROM events GROUP BY 1",
    "SELECT id, CAST(amount AS DECIMAL(18,2)) FROM payments WHERE currency = 'EUR' AND amount <> 0",
    "with recursive tree as (select id, parent_id, name from org where parent_id is null union all select o.id, o.parent_id, o.name from org o join tree t on o.parent_id = t.id) select * from tree",
    "ALTER TABLE marts.customers ADD COLUMN segment varchar(20); -- or should this go through dbt?",
    "SELECT * FROM `analytics.ga4.events` WHERE event_name = 'select_item' AND platform = 'WEB'",
    "select 'Q' || extract(quarter from d)::text || '-' || extract(year from d)::text as label from calendar",
    "SELECT name, salary FROM employees ORDER BY salary DESC LIMIT 10 OFFSET 10 -- page 2 of the top earners report",
    "select * from orders where created_at > now() - interval '1 day' and source = 'api' -- why 3x more than yesterday?",
    "EXPLAIN ANALYZE SELECT * FROM fact_sales WHERE store_id = 17;",
    "SELECT u.id, u.email FROM users u WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id)",
]
SQL_COLS = ["region", "channel", "product_line", "sales_rep", "country", "segment"]
SQL_TABLES = ["fct_orders", "sales_daily", "marts.revenue", "dwh.fact_invoice", "raw.crm_deals"]
SQL_QS = ["-- totals look too high?", "-- why null rows?", "-- is this the right grain?",
          "-- can this be a view?", "-- slow on the big warehouse", "-- résultat différent du rapport"]


def tpl_sql(rng):
    c = rng.choice(SQL_COLS)
    t = rng.choice(SQL_TABLES)
    q = rng.choice(SQL_QS)
    agg = rng.choice(["SUM(amount)", "COUNT(*)", "AVG(margin)", "COUNT(DISTINCT customer_id)"])
    return f"SELECT {c}, {agg} FROM {t} GROUP BY {c} {q}"


# --------------------------------------------------------------------------
# 6. dashboard filter expressions
FILTERS = [
    "region = 'North' AND amount >= 1000",
    "IF [Profit] < 0 THEN \"Loss\" ELSE \"Gain\" END",
    "-NULL,-EMPTY",
    "last 90 days",
    "2024-01-01 to 2024-03-31",
    "?f[orders.created_date]=last+90+days&f[users.country]=Germany&sorts=orders.count+desc",
    "status != 'cancelled' && channel in ('web', 'app')",
    "country:(DE OR AT OR CH) AND NOT segment:\"Test\"",
    "{FIXED [Customer ID] : MIN([Order Date])}",
    "DATEDIFF('day', [Order Date], [Ship Date]) > 5",
    "%Müller%",
    "ZZ%,-%test%",
    ">= 1000 AND <= 5000",
    "NOT NULL",
    "[Sales] / [Target] >= 0.95",
    "product_name LIKE 'Select%'",
    "category IN ('Furniture', 'Office Supplies') OR sub_category = 'Phones'",
    "owner:me is:open priority>=2",
    "ZN(SUM([Sales])) - LOOKUP(ZN(SUM([Sales])), -1)",
    "CONTAINS(LOWER([Comment]), 'refund')",
    "amount > 0 || refund_flag == true",
    "{ \"region\": [\"EMEA\", \"APAC\"], \"year\": 2024 }",
    "date_range=2024-04-01..2024-04-30&compare=previous_period",
    "Customer Name: starts with \"St.\"",
    "REGEXP_MATCH([SKU], '^[A-Z]{3}-\\d{4}$')",
    "this quarter",
    "before 2024/06/30",
    "1 month ago for 1 month",
    "region=North;region=South;channel=Retail",
    "sales_rep = 'D''Angelo, Marco'",
    "ATTR([Region]) = \"West\"",
    "[Parameters].[Top N] >= RANK(SUM([Sales]))",
    "event_type <> 'page_view' and user_agent not like '%bot%'",
    "city IN ('São Paulo', 'Zürich', 'Kraków', 'Île-de-France')",
    "tags contains \"urgent\" & \"finance\"",
    "revenue > avg(revenue) * 1.5",
    "adhoc_filters: [{\"clause\": \"WHERE\", \"subject\": \"country\", \"operator\": \"IN\", \"comparator\": [\"FR\", \"BE\"]}]",
    "time_range: Last week : now",
    "datetime >= '2024-05-01T00:00:00Z' and datetime < '2024-05-02T00:00:00Z'",
    "WINDOW_SUM(SUM([Qty])) > 0",
    "'Q1'|'Q2'",
    "* (all values)",
    "id=2291&drill=true&return_to=/dashboards/finance-overview",
    "store_id between 100 and 199",
    "path LIKE '/checkout/%'",
    "Kategorie = \"Bürobedarf\" UND Umsatz > 500",
    "地域 = '関東' AND 売上 >= 100000",
    "department ~ '^(Sales|Ops)$'",
    "not (status = 'draft' or status = 'archived')",
    "notes !~* 'duplicate'",
]
FL_FIELDS = ["region", "channel", "cost_center", "brand", "warehouse", "plan_tier"]
FL_VALS = ["'North'", "'Online & Retail'", "'4711'", "'Rhône-Alpes'", "'EU/West'", "'Enterprise'", "'O''Neil'"]
FL_NUMS = ["amount", "qty", "margin_pct", "discount", "days_open"]


def tpl_filter(rng):
    f = rng.choice(FL_FIELDS)
    v = rng.choice(FL_VALS)
    n = rng.choice(FL_NUMS)
    op = rng.choice([">=", "<", "<>", "="])
    num = rng.choice(["0", "100", "0.15", "30", "1000"])
    j = rng.choice(["AND", "and", "&&"])
    return f"{f} = {v} {j} {n} {op} {num}"


# --------------------------------------------------------------------------
# 7. chart titles, axis labels, named ranges, cell references
LABELS = [
    "Revenue vs. Target (Q1–Q3) — EMEA & APAC",
    "Sales/Headcount ratio",
    "Umsatz je Region 2024 (in Tsd. €)",
    "売上推移（月次）",
    "Tax_Rate",
    "Sheet1!$A$1:$D$20",
    "'Raw Data'!B2:B9999",
    "Top 10 Customers by Margin %",
    "Churn <5% target",
    "Pipeline > $1M (weighted)",
    "Orders: Drop-off by Step",
    "Chiffre d'affaires par canal",
    "Ventas por país (€)",
    "Conversion % = Purchases / Sessions",
    "YoY Δ Revenue",
    "Ø Bearbeitungszeit (Tage)",
    "Выручка по месяцам",
    "Net Promoter Score — last 12 months",
    "Select / Union / Other (member types)",
    "Inventory @ Warehouse #3",
    "Headcount (FTE) by Dept.",
    "Cost per Lead [USD]",
    "Sessions {mobile, desktop}",
    "rng_Assumptions",
    "tbl_Sales[[#Headers],[Amount]]",
    "Data!$C:$C",
    "CF_Rules_2024",
    "Gross Margin % (excl. freight & duty)",
    "P&L Summary",
    "R&D Spend vs. Budget",
    "AT&T / Verizon / T-Mobile share",
    "Return rate <= 2%?",
    "Open tickets >30 days",
    "Revenue (€) – Forecast \"base case\"",
    "Delivery time: Ist vs. Soll",
    "매출 현황 (분기별)",
    "销售额同比增长",
    "مبيعات الربع الأول",
    "הכנסות לפי חודש",
    "Przychody wg regionu",
    "Vendas — Brasil x Portugal",
    "Satış Trendi 2024",
    "C:\\Reports\\Templates\\monthly_kpi.xltx",
    "/shared/dashboards/finance/overview",
    "Ticket backlog: P1 | P2 | P3",
    "Run-rate * 12",
    "%Δ vs. PY",
    "Spend ÷ Active Users",
    "Page views (k) — blog/*",
    "Cohort retention, week 0…12",
    "Exec summary — board pack",
    "Leads by source: Google / LinkedIn / Events",
]
LB_METRICS = ["Revenue", "Orders", "Active Users", "Umsatz", "Ventes", "Margin %", "Tickets", "売上"]
LB_DIMS = ["Region", "Channel", "Month", "Product Line", "Kanal", "Pays", "Rep"]
LB_PERIODS = ["FY24", "Q2 2024", "H1", "last 12 months", "2023 vs. 2024", "YTD"]


def tpl_label(rng):
    m = rng.choice(LB_METRICS)
    d = rng.choice(LB_DIMS)
    p = rng.choice(LB_PERIODS)
    sep = rng.choice([" by ", " / ", " — ", " per "])
    return f"{m}{sep}{d} ({p})"


# --------------------------------------------------------------------------
# 8. error reports
ERRORS = [
    "#REF! after I deleted column D in 'Summary'",
    "#N/A from VLOOKUP even though the value exists — trailing space?",
    "Expression.Error: The column 'Order Date' of the table wasn't found.",
    "DataFormat.Error: We couldn't convert to Number.\nDetails:\n    1.234,56",
    "#VALUE! when I multiply =A2*B2 and B2 is \"12 %\"",
    "#DIV/0! on rows where Target = 0",
    "#NAME? — the XLOOKUP function works on my PC but not on my colleague's Excel 2016",
    "#SPILL! because something is in the way at F3",
    "Error: Function QUERY parameter 2 is not a valid query. PARSE_ERROR: Encountered \" \"group\" \"group \"\" at line 1, column 26.",
    "Result was not automatically expanded, please insert more rows (1000).",
    "IMPORTRANGE: You need to connect these sheets. Allow access?",
    "Loading data... then #ERROR! Formula parse error.",
    "The syntax for 'FILTER' is incorrect. (DAX(CALCULATE(SUM(Sales[Amount]) FILTER(Region, ...))))",
    "A circular dependency was detected: Sales[Margin], Sales[Price], Sales[Margin].",
    "MdxScript(Model) (12, 45) Calculation error in measure 'Sales'[YoY %]: Cannot convert value '' of type Text to type Number.",
    "Database Error in model fct_orders (models/marts/fct_orders.sql)\n  syntax error at or near \"select\"\n  LINE 14: select\n           ^",
    "Compilation Error in model 'stg_payments': 'dict object' has no attribute 'amount'",
    "ERROR: permission denied for schema marts",
    "Looker: Error running query — SQL Error: Column 'orders.status' cannot be resolved",
    "Microsoft.Mashup.Engine1.Runtime.ValueException: [Expression.Error] Access to the resource is forbidden.",
    "OLE DB or ODBC error: [DataSource.Error] ODBC: ERROR [42000] [Microsoft][ODBC SQL Server Driver][SQL Server]Incorrect syntax near ')'.",
    "Web.Contents failed to get contents from 'https://api.example.com/v2/invoices?page=2' (401): Unauthorized",
    "Tableau: Unable to connect to the server \"sql01.corp.example\". Check that the server is running and that you have access privileges to the requested database.",
    "ERROR 1054 (42S22): Unknown column 'regon' in 'where clause' — typo, sorry!",
    "ORA-00942: table or view does not exist",
    "Snowflake: SQL compilation error: error line 3 at position 10 invalid identifier 'ORDER_DATE'",
    "BigQuery error: Query exceeded resource limits. 2.45E+03 CPU seconds were used.",
    "The refresh failed: Scheduled refresh has been disabled due to at least four consecutive failures.",
    "Gateway: The credentials provided for the File source are invalid. (Source at \\\\fs02\\bi$\\exports\\daily.csv.)",
    "Excel: We found a problem with some content in 'Forecast_v7_FINAL (2).xlsx'. Do you want us to try to recover as much as we can?",
    "Sheets: This function is not allowed to reference a cell with NOW(), RAND(), or RANDBETWEEN().",
    "Error: Range 'Sheet1'!A1:Z is too large. Maximum is 10,000,000 cells.",
    "KeyError: 'Region' in pivot step — the CSV header is 'region ' with a trailing space",
    "pandas: ValueError: could not convert string to float: '1 234,50'",
    "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe4 in position 17: invalid continuation byte",
    "Power BI: Couldn't load the data for this visual. Resource Governing: This operation was canceled because there wasn't enough memory to finish running it.",
    "dbt: Found 2 errors:\n  - not_null_dim_customers_customer_id: FAIL 14\n  - unique_fct_orders_order_id: FAIL 3",
    "Looker says 'Measures with Looker aggregations (sum, average, min, max, list types) may not reference other measures.'",
    "\"Formula parse error\" when pasting =SUMIFS(C:C; A:A; \"North\") — German locale uses semicolons?",
    "#N/A in INDEX/MATCH when the lookup value is a number stored as text",
    "Query 'Sales' (step 'Merged Queries') references other queries or steps, so it may not directly access a data source. Please rebuild this data combination.",
    "Superset: Error: Database error: (psycopg2.errors.UndefinedFunction) function date_trunc(unknown, text) does not exist",
    "Chart not rendering, console says: Uncaught TypeError: Cannot read properties of undefined (reading 'x')",
    "Metabase: This question is taking too long — query killed after 3600 seconds",
    "Export failed: file name contains invalid characters \\ / : * ? \" < > |",
    "Fehler: #BEZUG! nach dem Löschen der Spalte D",
    "Erreur #N/A dans RECHERCHEV alors que la valeur existe",
    "エラー: #VALUE! が表示されます（全角数字が原因？）",
    "Ошибка #ДЕЛ/0! в строке итогов",
    "Error #¡REF! al copiar la hoja",
]
ER_CODES = ["#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#SPILL!", "#CALC!"]
ER_WHERE = ["in 'Summary'!F12", "on the Forecast tab", "in column H after import", "only in the shared copy",
            "since this morning's refresh", "in the Power Pivot table"]
ER_WHAT = ["after I renamed a sheet", "when the source file is closed", "for rows with blank dates",
           "after switching locale to de-DE", "only for the 'Union Bank' rows", "when the filter is set to (Select All)"]


def tpl_error(rng):
    return f"{rng.choice(ER_CODES)} {rng.choice(ER_WHERE)} {rng.choice(ER_WHAT)}"


# --------------------------------------------------------------------------
# 9. pasted cell data / CSV rows
CELLS = [
    "+49 30 1234567",
    "-15%",
    "+1 (555) 010-2233",
    "@channel the Q3 numbers are in",
    "=A1+B1",
    "-42.5",
    "Region;Amount;Date\nNorth;1.234,50;01.03.2024\nSouth;987,00;02.03.2024",
    "id,name,note\n17,\"Smith, John\",\"said \"\"call me Monday\"\"\"\n18,Ana,—",
    "O'Reilly & Sons",
    "1/0 not defined",
    "N/A",
    "TBD – waiting on finance",
    "2024-03-31T23:59:59+02:00",
    "€ 1.299,00",
    "$(1,250.00)",
    "¥12,800",
    "=SUM(B2:B13)",
    "100%",
    "-",
    "--",
    "+",
    "ACME Corp. <accounts@acme.example>",
    "Kunde\tBetrag\tWährung\nMüller GmbH\t1200\tEUR\nDupont SA\t950\tEUR",
    "SELECT",
    "Union Square Store",
    "Drop Ship",
    "=TODAY()-B2",
    "+43 (0)1 234 56 78",
    "-0.0032",
    "#N/A",
    "1e-6",
    "0x1F (hex id from the device export)",
    "C:\\Exports\\2024\\03\\sales.csv",
    "\\\\nas01\\bi\\archive\\q1.xlsx",
    "../images/logo.png",
    "2024/Q1",
    "3 < 5 > 2",
    "a|b|c",
    "true",
    "null",
    "{\"sku\": \"AB-100\", \"qty\": 3}",
    "[1, 2, 3]",
    "Smith; Jones; Lee",
    "Größe: XL / Farbe: Blau",
    "東京都渋谷区",
    "São João del-Rei",
    "x64 & ARM",
    "12:30 PM",
    "=\"00123\"",
    "'00123",
    "5' 11\"",
    "Joe's Pizza & Grill",
    "-> see tab 'Notes'",
]
CL_NAMES = ["Müller GmbH", "Dupont & Fils", "O'Connor Ltd", "Søren A/S", "Nguyễn Trading", "山田商事", "Smith, Jones & Co."]
CL_CITIES = ["Köln", "Lyon", "Dublin", "Aarhus", "Hà Nội", "大阪", "Leeds"]


def tpl_cell(rng):
    n = rng.choice(CL_NAMES)
    c = rng.choice(CL_CITIES)
    amt = rng.choice(["1.234,50", "-87,20", "12 500", "3,450.00", "+199.99", "0"])
    sep = rng.choice([";", "\t", ","])
    name = f"\"{n}\"" if sep == "," else n
    return f"{name}{sep}{c}{sep}{amt}"


# --------------------------------------------------------------------------
# 10. help desk ticket notes (multilingual, multi-line)
NOTES = [
    "Hi team, the 'Sales by Region' dashboard shows last week's data again. Refresh at 06:00 failed? Thanks!",
    "Bitte die Spalte \"Kostenstelle\" im Bericht ergänzen — wir brauchen sie für den Monatsabschluss.",
    "Bonjour, le filtre « Pays » ne fonctionne plus depuis la mise à jour ; pouvez-vous vérifier ?",
    "Hola, ¿alguien sabe por qué la tabla dinámica no se actualiza? Ya probé Ctrl+Alt+F5.",
    "お疲れ様です。月次レポートの「売上」列が #N/A になっています。確認をお願いします。",
    "您好，仪表板上的同比增长率显示为负数，但实际应该是正数，请帮忙检查公式。",
    "Добрый день! Не обновляется отчёт по продажам, ошибка доступа к источнику.",
    "Cześć, czy można dodać filtr po dacie wysyłki? Dzięki!",
    "Olá, o gráfico de vendas está cortando os rótulos do eixo X. Podem ajustar?",
    "Steps to reproduce:\n1. Open Finance Overview\n2. Set Region = North & Year = 2024\n3. Click 'Export to CSV'\nExpected: 1,204 rows. Actual: 0 rows.",
    "I think the union of the two sources double counts the refunds; can we drop the second one?",
    "Please don't execute the full refresh during business hours — it locks the warehouse for ~40 min.",
    "FYI: the script that sends the weekly KPI email failed on Monday (mail server timeout).",
    "Can you add an alert when churn > 5%? @maria.k suggested Slack #bi-alerts.",
    "The select-all checkbox in the 'Product' slicer is missing since the last Power BI update.",
    "Our sleep-tracking app data (avg sleep < 6h) should be excluded from the wellbeing dashboard per HR.",
    "Password reset for the Tableau service account is scheduled for Friday; expect failed extracts 18:00–18:30.",
    "Client asked: 'Why does /reports/q3 redirect to /login?' — SSO session expired I assume.",
    "Moved the file from C:\\Users\\akim\\Desktop\\old\\ to the shared drive \\\\fs01\\BI\\Templates\\.",
    "Merci pour la correction ! Le rapport fonctionne à nouveau. 🙏",
    "Vielen Dank! Ticket kann geschlossen werden.",
    "Approved by CFO <cfo@company.example> on 2024-04-02.",
    "Comment from reviewer: \"numbers ok, but the title says 2023 -- please fix\"",
    "The eval period for the new Sigma license ends on 30 June; do we extend or drop it?",
    "Alert: system maintenance on the Snowflake account this Sunday 02:00–04:00 UTC.",
    "The formula in C5 is =B5/B$2 — the $ is intentional so the row stays fixed.",
    "Re: 'Union members' headcount — HR says we must not show groups smaller than 5 people.",
    "Request: new calculated field `Margin % = (Revenue - COGS) / Revenue` in the Sales workbook.",
    "Shortcut tip: Ctrl+Shift+L toggles the filter; Alt+; selects visible cells only.",
    "Is it OK to share the dashboard link https://bi.company.example/#/dashboards/88?filters=region:EMEA externally?",
    "The chart shows <0.1% for tiny values — can we display 'n < 10' instead?",
    "Please keep the pipe | separated export, the ERP can't read commas.",
    "Hi! Quick one: what's the difference between 'Sum of Amount' and 'Amount (Sum)' in the field list?",
    "Data quality: 37 rows where ship_date < order_date. Likely timezone bug in the import job.",
    "Sorry for the noise — I found the issue: the named range 'Rates' pointed to Sheet2!$A$1:$A$10 instead of $A$1:$A$12.",
    "Nota: i valori negativi (-) sono resi, non errori.",
    "Hej! Kan vi få rapporten på svenska också? Tack på förhand.",
    "Prosím o přidání sloupce „Středisko“ do exportu.",
    "Merhaba, Excel dosyasında #REF! hatası alıyorum, yardımcı olabilir misiniz?",
    "안녕하세요, 대시보드 필터에서 '전체 선택'이 작동하지 않습니다.",
    "مرحباً، التقرير الشهري لا يعرض بيانات شهر مارس.",
    "שלום, הגרף לא מציג את הנתונים של אתמול.",
    "Xin chào, báo cáo doanh thu bị lỗi #DIV/0! ở dòng tổng.",
    "Meeting notes 14/05:\n- agree KPI definitions (active user = 1+ login in 28d)\n- drop the legacy 'Sales v1' workbook\n- owner for data dictionary: Priya",
    "Root cause: the source system started sending dates as dd/mm/yyyy instead of mm/dd/yyyy on 3 May.",
    "Can we schedule the extract for 05:30 instead of 06:00? Exec team reads it at 07:00.",
    "User <jan.novak@company.example> reports the Margin tile shows 'NaN %'.",
    "Hint for others: in Sheets use ; as argument separator when locale is Germany, e.g. =WENN(A1>0; \"ja\"; \"nein\").",
    "Closing: duplicate of BI-3310 (same #SPILL! issue).",
    "Quick sanity check on the forecast: 1.2M * (1 + 8%) ≈ 1.296M — matches the sheet.",
    "Rollout plan: dev → staging → prod; the prod push needs sign-off from @data-governance.",
]
NT_WHO = ["Anna", "Luis", "Mei", "Olga", "Tomás", "Priya", "Jürgen", "Aiko"]
NT_WHAT = ["the 'Pipeline' dashboard", "the Q2 board pack", "the churn workbook", "the Umsatzbericht",
           "the weekly KPI mail", "the inventory sheet"]
NT_ISSUE = ["shows stale data since Monday", "has a broken link to the shared drive", "needs a new filter for 'Region = Nord'",
            "throws #REF! in the totals row", "loads very slowly (>2 min)", "has the wrong currency symbol (€ vs $)"]


def tpl_note(rng):
    return f"{rng.choice(NT_WHO)}: {rng.choice(NT_WHAT)} {rng.choice(NT_ISSUE)} — can someone take a look?"


CATEGORIES = [
    ("spreadsheet-formula", FORMULAS, tpl_formula),
    ("dax-measure", DAX, tpl_dax),
    ("power-query-m", MCODE, tpl_m),
    ("lookml-dbt", LOOKML_DBT, tpl_lookml),
    ("analyst-sql", ANALYST_SQL, tpl_sql),
    ("dashboard-filter", FILTERS, tpl_filter),
    ("chart-label", LABELS, tpl_label),
    ("error-report", ERRORS, tpl_error),
    ("cell-data", CELLS, tpl_cell),
    ("ticket-note", NOTES, tpl_note),
]


def build(rng):
    rows = []
    seen = set()
    stats = []
    for name, literals, tpl in CATEGORIES:
        vals = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            vals.append(v)
        n_lit = len(vals)
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {name} exhausted")
            v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CATEGORY]
        stats.append((name, len(vals), min(n_lit, PER_CATEGORY)))
        for v in vals:
            rows.append({"category": name, "value": v})
    return rows, stats


def main():
    rng = random.Random(SEED)
    rows, stats = build(rng)
    out = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        assert isinstance(v, str) and v and len(v) <= 1800, v
        out.append({"id": f"{PREFIX}-{i:05d}", "category": r["category"], "label": "benign", "value": v})
    assert len({o["value"] for o in out}) == len(out)
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for name, n, lit in stats:
        total_lit += lit
        print(f"{name:22s} {n:4d}  literals {lit:3d} ({100 * lit / n:.0f}%)")
    print(f"{'total':22s} {len(out):4d}  literals {total_lit:3d}")


if __name__ == "__main__":
    main()
