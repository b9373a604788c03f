#!/usr/bin/env python3
"""Write benign.jsonl: values a data platform's public API legitimately receives.

Standard library only. Deterministic: random.Random(1818), same bytes every run.
Every value was composed for this corpus (hand-written literals plus templates
over hand-written pools); nothing is copied from a dataset or payload list.
"""
import json
import os
import random
from collections import Counter

rng = random.Random(1818)
HERE = os.path.dirname(os.path.abspath(__file__))
PER_CAT = 75
MAXLEN = 1800

TABLES = ["orders", "customers", "sessions", "invoices", "subscriptions", "events",
          "page_views", "refunds", "shipments", "products", "payments", "leads"]
SCHEMAS = ["analytics", "mart", "staging", "raw", "finance", "growth", "core"]
COLS = ["revenue", "amount", "quantity", "discount", "duration_ms", "tax", "margin",
        "net_amount", "items", "latency_ms"]
DIMS = ["region", "country", "plan", "channel", "device_type", "product_line",
        "segment", "currency", "store_id", "campaign"]
REGIONS = ["EMEA", "APAC", "NA", "LATAM", "DACH", "ANZ", "Nordics"]
PEOPLE = ["ana", "jbauer", "mchen", "priya.k", "tomas", "lea", "okafor", "yuki", "rafa", "s.novak"]
BUCKETS = ["acme-datalake", "lake-prod-eu", "analytics-raw", "warehouse-exports",
           "bi-landing-zone", "ml-features-us"]
DATES = ["2024-01-01", "2024-07-01", "2025-01-01", "2025-03-15", "2025-02-28", "2024-11-30"]
INTERVALS = ["7 days", "30 days", "90 days", "1 month", "1 year", "14 days"]


def pick(xs):
    return rng.choice(xs)


# ---------------------------------------------------------------- saved-queries
SQ_LIT = [
    "SELECT * FROM analytics.orders LIMIT 100",
    "SELECT order_id, customer_id, total FROM orders WHERE created_at >= '2025-01-01' ORDER BY total DESC;",
    "WITH monthly AS (\n  SELECT date_trunc('month', created_at) AS month, SUM(amount) AS revenue\n  FROM payments\n  WHERE status = 'succeeded'\n  GROUP BY 1\n)\nSELECT month, revenue, revenue - LAG(revenue) OVER (ORDER BY month) AS mom_change\nFROM monthly\nORDER BY month;",
    "SELECT customer_id,\n       ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at) AS order_seq\nFROM orders",
    "-- churned customers last quarter\nSELECT c.id, c.email, MAX(s.ended_at) AS churn_date\nFROM customers c\nJOIN subscriptions s ON s.customer_id = c.id\nWHERE s.status = 'canceled'\n  AND s.ended_at BETWEEN '2024-10-01' AND '2024-12-31'\nGROUP BY c.id, c.email\nHAVING COUNT(*) FILTER (WHERE s.status = 'active') = 0;",
    "SELECT payload->>'event_type' AS event_type, COUNT(*)\nFROM raw.webhooks\nWHERE payload @> '{\"source\": \"stripe\"}'\nGROUP BY 1 ORDER BY 2 DESC",
    "SELECT CASE WHEN amount >= 1000 THEN 'large' WHEN amount >= 100 THEN 'medium' ELSE 'small' END AS bucket, COUNT(*) AS n FROM payments GROUP BY 1",
    "CREATE TABLE mart.daily_active_users AS\nSELECT event_date, COUNT(DISTINCT user_id) AS dau\nFROM events\nGROUP BY event_date;",
    "ALTER TABLE mart.customers ADD COLUMN lifetime_value NUMERIC(12,2);",
    "ALTER TABLE staging.leads ADD COLUMN IF NOT EXISTS utm_campaign TEXT",
    "MERGE INTO mart.customers t\nUSING staging.customers s\nON t.id = s.id\nWHEN MATCHED THEN UPDATE SET email = s.email, updated_at = s.updated_at\nWHEN NOT MATCHED THEN INSERT (id, email, updated_at) VALUES (s.id, s.email, s.updated_at);",
    "INSERT INTO mart.weekly_revenue (week, revenue)\nSELECT date_trunc('week', paid_at), SUM(amount)\nFROM payments\nGROUP BY 1;",
    "/* Owner: finance-analytics\n   Refreshed nightly by the revenue pipeline */\nSELECT fiscal_quarter, SUM(net_amount) FROM finance.invoices GROUP BY fiscal_quarter",
    "SELECT user_id, DATEDIFF(day, first_seen, last_seen) AS tenure_days FROM growth.user_summary WHERE tenure_days > 30",
    "SELECT DATE_TRUNC('week', ts) AS wk, APPROX_COUNT_DISTINCT(user_id) AS wau FROM `acme-prod.analytics.events` WHERE ts >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 90 DAY) GROUP BY wk",
    "SELECT product_id, name, price FROM products WHERE name ILIKE '%o''neill%'",
    "SELECT region, PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95 FROM api_requests GROUP BY region;",
    "SELECT a.account_id, b.plan\nFROM accounts a\nLEFT JOIN billing b USING (account_id)\nWHERE b.plan IS NULL OR b.plan <> 'enterprise'",
    "SELECT order_id FROM orders WHERE status IN ('shipped', 'delivered') AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = orders.order_id)",
    "SELECT COALESCE(NULLIF(TRIM(country), ''), 'unknown') AS country, COUNT(*) FROM customers GROUP BY 1 ORDER BY 2 DESC LIMIT 20;",
    "SELECT user_id, event_name, ts,\n  LEAD(ts) OVER w - ts AS gap\nFROM events\nWINDOW w AS (PARTITION BY user_id ORDER BY ts)",
    "SELECT id, tags FROM articles WHERE tags @> ARRAY['data-engineering']",
    "SELECT json_extract_path_text(properties, 'utm_source') AS source, COUNT(*) FROM events GROUP BY 1",
    "SELECT * FROM orders o INNER JOIN customers c ON c.id = o.customer_id WHERE c.country = 'DE' -- only Germany for now",
    "CREATE OR REPLACE VIEW mart.v_active_subscriptions AS SELECT * FROM subscriptions WHERE status = 'active';",
    "SELECT EXTRACT(DOW FROM created_at) AS weekday, AVG(total) FROM orders GROUP BY 1 ORDER BY 1",
    "SELECT cohort_month, months_since, retained::float / cohort_size AS retention\nFROM mart.cohorts\nORDER BY cohort_month, months_since;",
    "SELECT * FROM TABLE(FLATTEN(input => PARSE_JSON(raw:items))) f",
    "SELECT raw:customer.email::string AS email, raw:total::number(10,2) AS total FROM raw.shopify_orders",
    "UPDATE staging.leads SET owner = 'unassigned' WHERE owner IS NULL;",
    "DELETE FROM staging.events_tmp WHERE load_date < CURRENT_DATE - INTERVAL '7 days';",
    "SELECT UNNEST(string_to_array('a,b,c', ',')) AS letter",
    "SELECT id FROM sessions WHERE started_at::date = CURRENT_DATE - 1 UNION ALL SELECT id FROM sessions_archive WHERE started_at::date = CURRENT_DATE - 1",
    "SELECT name, SUM(qty) AS units FROM order_items GROUP BY ROLLUP(name)",
    "SELECT TO_CHAR(created_at, 'YYYY-MM') AS ym, COUNT(*) FROM tickets GROUP BY ym HAVING COUNT(*) > 50;",
    "SELECT user_id, plan, ts FROM events QUALIFY ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ts DESC) = 1",
    "GRANT SELECT ON ALL TABLES IN SCHEMA mart TO ROLE bi_reader;",
    "EXPLAIN ANALYZE SELECT * FROM events WHERE user_id = 42;",
    "SELECT DISTINCT ON (customer_id) customer_id, plan, started_at FROM subscriptions ORDER BY customer_id, started_at DESC;",
    "SELECT regexp_replace(phone, '[^0-9+]', '', 'g') AS phone_clean FROM customers",
]


def gen_sq():
    t, s, c, d = pick(TABLES), pick(SCHEMAS), pick(COLS), pick(DIMS)
    shape = rng.randrange(8)
    semi = pick([";", "", ";\n"])
    if shape == 0:
        return f"SELECT {d}, SUM({c}) AS total_{c}, COUNT(*) AS n\nFROM {s}.{t}\nWHERE created_at >= '{pick(DATES)}'\nGROUP BY {d}\nHAVING SUM({c}) > {rng.randrange(1, 50) * 100}\nORDER BY total_{c} DESC{semi}"
    if shape == 1:
        return f"WITH base AS (\n  SELECT {d}, {c}, created_at FROM {s}.{t} WHERE created_at > now() - interval '{pick(INTERVALS)}'\n)\nSELECT {d}, AVG({c}) AS avg_{c}, RANK() OVER (ORDER BY AVG({c}) DESC) AS rnk FROM base GROUP BY {d}{semi}"
    if shape == 2:
        return f"SELECT {d},\n       SUM(CASE WHEN status = 'paid' THEN {c} ELSE 0 END) AS paid_{c},\n       SUM(CASE WHEN status = 'refunded' THEN {c} ELSE 0 END) AS refunded_{c}\nFROM {s}.{t}\nGROUP BY 1{semi}"
    if shape == 3:
        return f"-- {pick(PEOPLE)}: quick check before the {pick(REGIONS)} review\nSELECT COUNT(*) FROM {s}.{t} WHERE {d} = '{pick(REGIONS)}' AND {c} IS NOT NULL{semi}"
    if shape == 4:
        return f"CREATE TABLE {s}.{t}_snapshot_{pick(DATES).replace('-', '')} AS SELECT * FROM {s}.{t}{semi}"
    if shape == 5:
        return f"SELECT {d}, SUM({c}) OVER (PARTITION BY {d} ORDER BY created_at ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS rolling_7d FROM {s}.{t}{semi}"
    if shape == 6:
        return f"INSERT INTO {s}.{t}_agg ({d}, {c})\nSELECT {d}, SUM({c}) FROM staging.{t} WHERE load_id = {rng.randrange(1000, 99999)} GROUP BY {d}{semi}"
    return f"SELECT t.*, u.email FROM {s}.{t} t JOIN core.users u ON u.id = t.user_id /* added {pick(DATES)} by {pick(PEOPLE)} */ WHERE t.{c} > {rng.randrange(1, 9)}e{rng.randrange(2, 6)}{semi}"


# ---------------------------------------------------------------- dbt
DBT_LIT = [
    "select * from {{ ref('stg_orders') }}",
    "{{ config(materialized='table') }}\n\nselect\n    customer_id,\n    min(order_date) as first_order_date,\n    count(*) as order_count\nfrom {{ ref('stg_orders') }}\ngroup by 1",
    "select * from {{ source('shop', 'customers') }} where _fivetran_deleted = false",
    "{{ config(materialized='incremental', unique_key='event_id') }}\n\nselect * from {{ source('segment', 'tracks') }}\n{% if is_incremental() %}\n  where received_at > (select max(received_at) from {{ this }})\n{% endif %}",
    "{% set payment_methods = ['credit_card', 'coupon', 'bank_transfer', 'gift_card'] %}\nselect order_id,\n{% for m in payment_methods %}\n  sum(case when payment_method = '{{ m }}' then amount else 0 end) as {{ m }}_amount{% if not loop.last %},{% endif %}\n{% endfor %}\nfrom {{ ref('stg_payments') }}\ngroup by 1",
    "where order_date >= '{{ var(\"start_date\") }}'",
    "{% macro cents_to_dollars(column_name, precision=2) %}\n    ({{ column_name }} / 100)::numeric(16, {{ precision }})\n{% endmacro %}",
    "select {{ cents_to_dollars('amount') }} as amount_usd from {{ ref('stg_payments') }}",
    "{{ dbt_utils.star(from=ref('dim_customers'), except=['_loaded_at']) }}",
    "{{ dbt_utils.generate_surrogate_key(['order_id', 'line_number']) }} as order_line_key",
    "{% if target.name == 'prod' %}\n  {{ config(schema='analytics') }}\n{% else %}\n  {{ config(schema='dbt_' ~ env_var('DBT_USER')) }}\n{% endif %}",
    "{{ config(\n    materialized='incremental',\n    incremental_strategy='merge',\n    partition_by={'field': 'event_date', 'data_type': 'date'},\n    cluster_by=['user_id']\n) }}",
    "{% snapshot customers_snapshot %}\n{{ config(target_schema='snapshots', unique_key='id', strategy='timestamp', updated_at='updated_at') }}\nselect * from {{ source('crm', 'customers') }}\n{% endsnapshot %}",
    "{% test not_negative(model, column_name) %}\nselect * from {{ model }} where {{ column_name }} < 0\n{% endtest %}",
    "{{ log('Running model ' ~ this.name, info=True) }}",
    "{% set cols = adapter.get_columns_in_relation(ref('stg_events')) %}",
    "{%- for col in cols if col.name not in ['_loaded_at'] %}\n  {{ col.name }}{{ ',' if not loop.last }}\n{%- endfor %}",
    "{{ config(post_hook=\"grant select on {{ this }} to role reporter\") }}",
    "{{ config(tags=['finance', 'daily'], enabled=var('enable_finance_models', true)) }}",
    "select date_day from {{ dbt_date.get_date_dimension('2020-01-01', '2030-12-31') }}",
    "{% docs orders_status %}\nOne of `placed`, `shipped`, `completed`, `return_pending`, `returned`.\n{% enddocs %}",
    "{% set start = modules.datetime.date(2024, 1, 1) %}",
    "{{ adapter.quote('order') }}",
    "{% call statement('max_id', fetch_result=True) %}\n  select max(id) from {{ ref('stg_orders') }}\n{% endcall %}\n{% set max_id = load_result('max_id')['data'][0][0] %}",
    "{{ return(adapter.dispatch('date_spine', 'dbt_utils')(datepart, start_date, end_date)) }}",
    "coalesce({{ ref('int_orders') }}.discount, 0) as discount",
    "{% if execute %}\n  {% set regions = run_query('select distinct region from ' ~ ref('dim_stores')).columns[0].values() %}\n{% endif %}",
    "dbt run --select +fct_orders --vars '{\"start_date\": \"2025-01-01\"}' --target prod",
    "dbt build -s state:modified+ --defer --state ./prod-artifacts",
    "{{ config(materialized='view', alias='orders_v2') }}",
    "{# TODO(mchen): drop this model after the March migration #}",
    "{{ exceptions.raise_compiler_error('start_date must be set') if var('start_date', none) is none }}",
    "{%- set metrics = ['revenue', 'orders', 'aov'] -%}\n{%- for m in metrics %}\nsum({{ m }}) as total_{{ m }},\n{%- endfor %}",
    "models:\n  - name: fct_orders\n    columns:\n      - name: order_id\n        tests:\n          - unique\n          - not_null",
]


def gen_dbt():
    t, c, d = pick(TABLES), pick(COLS), pick(DIMS)
    shape = rng.randrange(7)
    if shape == 0:
        return f"{{{{ config(materialized='{pick(['table', 'view', 'incremental', 'ephemeral'])}') }}}}\n\nselect {d}, sum({c}) as {c}\nfrom {{{{ ref('stg_{t}') }}}}\ngroup by 1"
    if shape == 1:
        return f"select * from {{{{ source('{pick(['shop', 'stripe', 'hubspot', 'zendesk', 'segment'])}', '{t}') }}}}"
    if shape == 2:
        return f"select * from {{{{ ref('stg_{t}') }}}}\n{{% if is_incremental() %}}\nwhere updated_at >= (select coalesce(max(updated_at), '{pick(DATES)}') from {{{{ this }}}})\n{{% endif %}}"
    if shape == 3:
        vals = rng.sample(REGIONS, 3)
        return "{% set regions = " + repr(vals) + " %}\nselect\n{% for r in regions %}\n  sum(case when region = '{{ r }}' then " + c + " end) as {{ r | lower }}_" + c + "{{ ',' if not loop.last }}\n{% endfor %}\nfrom {{ ref('fct_" + t + "') }}"
    if shape == 4:
        return f"where {d} is not null and created_at between '{{{{ var(\"start_date\", \"{pick(DATES)}\") }}}}' and '{{{{ var(\"end_date\") }}}}'"
    if shape == 5:
        return f"{{% macro sum_if({d}_col, value) %}}\n  sum(case when {{{{ {d}_col }}}} = '{{{{ value }}}}' then {c} else 0 end)\n{{% endmacro %}}"
    return f"dbt run --select {pick(['fct_', 'dim_', 'int_'])}{t} --target {pick(['dev', 'prod', 'ci'])} --threads {rng.randrange(2, 17)}"


# ---------------------------------------------------------------- notebooks
NB_LIT = [
    "import pandas as pd\nimport numpy as np\n\ndf = pd.read_parquet('s3://acme-datalake/curated/orders/')\ndf.head()",
    "df.groupby(['region', 'plan']).agg(revenue=('amount', 'sum'), users=('user_id', 'nunique')).reset_index()",
    "spark.sql(\"SELECT region, SUM(amount) AS revenue FROM mart.orders GROUP BY region\").show()",
    "%%time\nresult = df.merge(customers, on='customer_id', how='left')",
    "!pip install -q great_expectations==0.18.12",
    "!ls -la /dbfs/mnt/raw/2025/",
    "%sql SELECT count(*) FROM events WHERE event_date = current_date()",
    "import matplotlib.pyplot as plt\n\nfig, ax = plt.subplots(figsize=(10, 4))\nax.plot(daily['date'], daily['dau'], label='DAU')\nax.set_title('Daily active users')\nax.legend()\nplt.show()",
    "print(f\"Loaded {len(df):,} rows in {elapsed:.1f}s\")",
    "path = os.path.join(BASE_DIR, 'exports', f'report_{today:%Y%m%d}.csv')\ndf.to_csv(path, index=False)",
    "import subprocess\nsubprocess.run(['gzip', '-9', out_path], check=True)",
    "subprocess.check_output(['git', 'rev-parse', '--short', 'HEAD']).decode().strip()",
    "from pyspark.sql import functions as F\n\nevents = (spark.read.format('delta').load('/mnt/lake/events')\n          .filter(F.col('event_date') >= '2025-01-01')\n          .groupBy('event_name').count())",
    "df['signup_month'] = pd.to_datetime(df['signup_at']).dt.to_period('M')",
    "df.query(\"country == 'DE' and revenue > 1000\")",
    "df = df[df['email'].str.contains(r'@(acme|example)\\.com$', regex=True)]",
    "%load_ext autoreload\n%autoreload 2",
    "library(dplyr)\norders %>%\n  filter(status == \"paid\") %>%\n  group_by(region) %>%\n  summarise(revenue = sum(amount), n = n())",
    "ggplot(df, aes(x = week, y = revenue, colour = region)) + geom_line() + theme_minimal()",
    "model <- lm(revenue ~ spend + seasonality, data = weekly)\nsummary(model)",
    "with open('/tmp/schema.json') as fh:\n    schema = json.load(fh)",
    "pivot = df.pivot_table(index='week', columns='channel', values='sessions', aggfunc='sum', fill_value=0)",
    "!aws s3 cp s3://warehouse-exports/daily/2025-03-14.csv.gz ./data/",
    "!head -n 5 data/customers.csv",
    "%%bash\nset -euo pipefail\nwc -l data/*.csv\nsort -u data/ids.txt > data/ids_unique.txt",
    "display(spark.table('mart.fct_orders').limit(20))",
    "dbutils.fs.ls('/mnt/raw/shopify/')",
    "os.environ.get('SNOWFLAKE_WAREHOUSE', 'ANALYTICS_XS')",
    "import duckdb\ncon = duckdb.connect()\ncon.sql(\"SELECT * FROM read_parquet('data/*.parquet') LIMIT 10\").df()",
    "from sklearn.model_selection import train_test_split\nX_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)",
    "df.loc[df['amount'] < 0, 'amount'] = np.nan",
    "assert df['order_id'].is_unique, 'duplicate order ids'",
    "query = \"\"\"\nSELECT user_id, COUNT(*) AS sessions\nFROM sessions\nWHERE started_at >= %(start)s\nGROUP BY user_id\n\"\"\"\npd.read_sql(query, engine, params={'start': '2025-01-01'})",
    "engine = sqlalchemy.create_engine(os.environ['WAREHOUSE_URL'])",
    "lambda row: row['a'] if row['a'] > 0 else row['b']",
    "sns.heatmap(corr, annot=True, fmt='.2f', cmap='vlag')",
    "%timeit df.sort_values('ts')",
    "spark.conf.set('spark.sql.shuffle.partitions', 200)",
    "glob.glob('/data/landing/**/*.json', recursive=True)",
    "Path.home() / '.config' / 'gcloud' / 'application_default_credentials.json'",
]


def gen_nb():
    t, c, d = pick(TABLES), pick(COLS), pick(DIMS)
    shape = rng.randrange(7)
    if shape == 0:
        return f"df_{t} = spark.sql(\"SELECT {d}, SUM({c}) AS {c} FROM {pick(SCHEMAS)}.{t} GROUP BY {d}\")\ndf_{t}.toPandas().plot.bar(x='{d}', y='{c}')"
    if shape == 1:
        return f"{t}.groupby('{d}')['{c}'].agg(['mean', 'median', 'count']).sort_values('mean', ascending=False)"
    if shape == 2:
        return f"!pip install {pick(['pyarrow', 'polars', 'dbt-snowflake', 'prophet', 'plotly', 'openpyxl', 'boto3'])}=={rng.randrange(0, 16)}.{rng.randrange(0, 30)}.{rng.randrange(0, 9)}"
    if shape == 3:
        return f"out = os.path.join('/dbfs/tmp', '{pick(PEOPLE)}', '{t}_{pick(DATES)}.parquet')\n{t}.to_parquet(out)"
    if shape == 4:
        return f"print(f\"{{{t}['{c}'].sum():,.2f}} total {c} across {{{t}['{d}'].nunique()}} {d} values\")"
    if shape == 5:
        return f"subprocess.run(['{pick(['gsutil', 'aws', 'rclone'])}', 'cp', 'out/{t}.csv', '{pick(['gs', 's3'])}://{pick(BUCKETS)}/exports/{t}.csv'], check=True)"
    return f"%%time\n{t} = pd.read_csv('data/{t}.csv', parse_dates=['created_at'])\n{t}.describe()"


# ---------------------------------------------------------------- pipeline configs
PC_LIT = [
    "schedule_interval: '0 3 * * *'",
    "bash_command: 'python /opt/airflow/dags/scripts/load_orders.py --date {{ ds }}'",
    "with DAG(\n    dag_id='daily_orders',\n    schedule='0 4 * * *',\n    start_date=datetime(2025, 1, 1),\n    catchup=False,\n    default_args={'retries': 3, 'retry_delay': timedelta(minutes=5)},\n) as dag:\n    extract = BashOperator(task_id='extract', bash_command='scripts/extract.sh {{ ds_nodash }}')",
    "postgresql://etl_user:${PASSWORD}@db.internal:5432/analytics",
    "snowflake://${SNOWFLAKE_USER}@acme-eu1/ANALYTICS/PUBLIC?warehouse=LOAD_WH&role=LOADER",
    "s3://acme-datalake/raw/2025/03/*.parquet",
    "gs://lake-prod-eu/events/dt=2025-03-14/part-*.avro",
    "image: ghcr.io/acme/etl-runner:2025.03.1",
    "env:\n  - name: WAREHOUSE_URL\n    valueFrom:\n      secretKeyRef:\n        name: warehouse\n        key: url\n  - name: LOG_LEVEL\n    value: INFO",
    "{\"retries\": 3, \"retry_delay_seconds\": 300, \"retry_exponential_backoff\": true, \"max_retry_delay_seconds\": 3600}",
    "[pipeline]\nname = \"orders_to_warehouse\"\nschedule = \"@hourly\"\n\n[source]\ntype = \"postgres\"\nurl = \"postgresql://reader:${PG_PASSWORD}@orders-db.internal:5432/shop\"\n\n[destination]\ntype = \"bigquery\"\ndataset = \"raw_shop\"",
    "command: [\"bash\", \"-c\", \"dbt deps && dbt build --target prod\"]",
    "steps:\n  - name: extract\n    run: python -m etl.extract --since \"$(date -u -d '1 day ago' +%F)\"\n  - name: load\n    run: ./bin/load.sh --table orders",
    "cron: \"*/15 * * * *\"",
    "connection_id: warehouse_snowflake\nsql: sql/merge_customers.sql\nparameters:\n  run_date: \"{{ ds }}\"",
    "resources:\n  requests:\n    cpu: 500m\n    memory: 2Gi\n  limits:\n    memory: 4Gi",
    "{\"type\": \"s3\", \"bucket\": \"warehouse-exports\", \"prefix\": \"daily/{{ ds }}/\", \"format\": \"csv\", \"compression\": \"gzip\"}",
    "kafka://broker-1.kafka.svc:9092,broker-2.kafka.svc:9092/events.orders.v1",
    "jdbc:postgresql://replica.db.internal:5432/shop?sslmode=require&ApplicationName=airbyte",
    "mysql+pymysql://bi_reader:${MYSQL_PASSWORD}@mysql-ro.internal:3306/legacy_crm?charset=utf8mb4",
    "on_failure_callback: slack_alert\nsla: 2h\nmax_active_runs: 1",
    "trigger_rule: all_done",
    "spark-submit --master yarn --deploy-mode cluster --conf spark.executor.memory=8g jobs/sessionize.py --date {{ ds }}",
    "FROM python:3.11-slim\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY dags/ /opt/airflow/dags/\nENTRYPOINT [\"python\", \"-m\", \"etl\"]",
    "export PGHOST=db.internal PGPORT=5432 PGDATABASE=analytics",
    "depends_on:\n  - extract_orders\n  - extract_customers",
    "{\"source\": {\"connector\": \"hubspot\", \"streams\": [\"contacts\", \"deals\"]}, \"sync_mode\": \"incremental\", \"cursor_field\": \"updatedAt\"}",
    "bash_command: 'bash /opt/airflow/scripts/rotate_partitions.sh --keep 30 '",
    "timezone: Europe/Berlin\nschedule: \"30 6 * * 1-5\"",
    "partition_key: \"dt={{ execution_date.strftime('%Y-%m-%d') }}\"",
    "retries: 5\nretry_delay: PT10M\nexecution_timeout: PT2H",
    "redis://cache.internal:6379/2",
    "azure://acmelake.blob.core.windows.net/raw/sap/2025/03/",
    "abfss://curated@acmelake.dfs.core.windows.net/finance/ledger/",
    "https://api.hubapi.com/crm/v3/objects/deals?limit=100&properties=amount,dealstage",
    "webhook_url: https://hooks.slack.com/services/T000/B000/XXXXXXXX",
    "notebook_task:\n  notebook_path: /Repos/data/etl/notebooks/daily_load\n  base_parameters:\n    run_date: \"{{job.start_time.iso_date}}\"",
    "volumes:\n  - ./dags:/opt/airflow/dags\n  - ./logs:/opt/airflow/logs",
]


def gen_pc():
    t = pick(TABLES)
    shape = rng.randrange(8)
    if shape == 0:
        return f"schedule: \"{rng.randrange(0, 60)} {rng.randrange(0, 24)} * * {pick(['*', '1-5', '0', '1'])}\""
    if shape == 1:
        return f"s3://{pick(BUCKETS)}/{pick(['raw', 'curated', 'staging'])}/{t}/year={rng.choice([2024, 2025])}/month={rng.randrange(1, 13):02d}/*.parquet"
    if shape == 2:
        return f"bash_command: 'scripts/{pick(['load', 'extract', 'backfill', 'compact'])}_{t}.sh --date {{{{ ds }}}} --env {pick(['prod', 'staging'])}'"
    if shape == 3:
        return f"image: {pick(['ghcr.io/acme', 'registry.internal/data', 'acme'])}/{pick(['etl', 'dbt-runner', 'spark-job', 'loader'])}:{rng.randrange(1, 4)}.{rng.randrange(0, 20)}.{rng.randrange(0, 10)}"
    if shape == 4:
        return json.dumps({"task_id": f"load_{t}", "retries": rng.randrange(1, 6),
                           "retry_delay_minutes": pick([5, 10, 15, 30]),
                           "pool": pick(["warehouse", "default_pool", "api_limited"])})
    if shape == 5:
        return f"{pick(['postgresql', 'mysql', 'clickhouse'])}://{pick(['etl', 'loader', 'reader'])}:${{{pick(['DB_PASSWORD', 'PASSWORD', 'WAREHOUSE_PASS'])}}}@{t}-db.internal:{pick([5432, 3306, 9000])}/{pick(SCHEMAS)}"
    if shape == 6:
        return f"env:\n  TARGET_TABLE: {pick(SCHEMAS)}.{t}\n  BATCH_SIZE: \"{pick([500, 1000, 5000])}\"\n  DRY_RUN: \"false\""
    return f"gs://{pick(BUCKETS)}/exports/{t}/dt={pick(DATES)}/part-{rng.randrange(0, 200):05d}.csv.gz"


# ---------------------------------------------------------------- dashboards
DB_LIT = [
    "Revenue by Region — Q1 2025",
    "region IN ('EMEA','APAC') AND revenue > 1e6",
    "SUM(revenue)/NULLIF(COUNT(DISTINCT user_id),0)",
    "${orders.total_revenue} / ${orders.count}",
    "IF [Sales] > 1000 THEN \"High\" ELSE \"Low\" END",
    "^prod-(eu|us)-\\d+$",
    "Spike on 03/14: Black Friday-style promo in DE & AT (see JIRA DATA-1432)",
    "Weekly Active Users (WAU) — excludes internal & test accounts",
    "country != 'US' OR plan = 'enterprise'",
    "created_at >= NOW() - INTERVAL '30 days'",
    "ZN(SUM([Profit])) / ZN(SUM([Sales]))",
    "DATEDIFF('day', [Order Date], [Ship Date])",
    "{FIXED [Customer ID] : MIN([Order Date])}",
    "=IFERROR(VLOOKUP(A2, Plans!A:C, 3, FALSE), \"n/a\")",
    "CASE WHEN churn_risk > 0.7 THEN 'red' WHEN churn_risk > 0.4 THEN 'amber' ELSE 'green' END",
    "email ~* '@(gmail|yahoo|outlook)\\.com$'",
    "Note: numbers before 2024-06 use the old attribution model <- don't compare directly",
    "Conversion rate % (checkout → paid)",
    "sql_trigger_value: SELECT MAX(updated_at) FROM orders ;;",
    "measure: total_revenue {\n  type: sum\n  sql: ${TABLE}.amount ;;\n  value_format_name: usd\n}",
    "dimension: is_big_order {\n  type: yesno\n  sql: ${amount} > 500 ;;\n}",
    "P&L overview (EUR, ex. VAT)",
    "product_name LIKE '%Pro%' AND NOT product_name LIKE '%Trial%'",
    "status:\"completed\" AND amount:[100 TO 500]",
    "service:checkout AND @http.status_code:>=500",
    "sum(rate(http_requests_total{job=\"api\",code=~\"5..\"}[5m])) / sum(rate(http_requests_total{job=\"api\"}[5m]))",
    "AVG(session_length_sec) FILTER (WHERE device_type = 'mobile')",
    "Q4 target: 1.2M € ARR — we're at 87% (updated 2025-03-10)",
    "[Profit Ratio] >= 0.15 AND [Region] = \"West\"",
    "LOOKUP(SUM([Sales]), -1)",
    "RUNNING_SUM(SUM([Orders]))",
    "Dashboard for the <b>growth</b> squad — owners: @lea, @rafa",
    "filter: date_range = 'last 7 days', group_by = ['channel', 'device']",
    "pct_change = (this_week - last_week) / last_week * 100",
    "CONTAINS([Campaign], \"spring\") OR STARTSWITH([Campaign], \"sp_\")",
    "user_agent !~ '(bot|crawler|spider)'",
    "Outage 2025-02-03 09:40–11:15 UTC: data gap, not a real drop",
    "Top 10 products by units sold (excl. gift cards & samples)",
    "{{ revenue | number_format(2) }} EUR",
    "tenant_id = :tenant_id AND event_date BETWEEN :start AND :end",
]


def gen_db():
    c, d = pick(COLS), pick(DIMS)
    shape = rng.randrange(8)
    if shape == 0:
        return f"{d} IN ({', '.join(repr(r) for r in rng.sample(REGIONS, rng.randrange(2, 4)))}) AND {c} > {rng.randrange(1, 10)}e{rng.randrange(3, 7)}"
    if shape == 1:
        return f"SUM({c}) / NULLIF(COUNT(DISTINCT {pick(['user_id', 'order_id', 'account_id'])}), 0)"
    if shape == 2:
        return f"${{{pick(TABLES)}.total_{c}}} - ${{{pick(TABLES)}.total_refunds}}"
    if shape == 3:
        lvl = rng.randrange(1, 20) * 100
        return f"IF [{c.replace('_', ' ').title()}] > {lvl} THEN \"Above {lvl}\" ELSE \"Below {lvl}\" END"
    if shape == 4:
        return f"{c.replace('_', ' ').title()} by {d.replace('_', ' ').title()} — {pick(['last 30 days', 'YTD', 'Q2 2025', 'rolling 12 months', 'this week'])}"
    if shape == 5:
        return f"^{pick(['prod', 'stg', 'dev'])}-({'|'.join(r.lower() for r in rng.sample(REGIONS, 2))})-[a-z0-9]{{{rng.randrange(3, 9)}}}$"
    if shape == 6:
        return f"Annotation {pick(DATES)}: {pick(['pricing change', 'tracking bug fixed', 'campaign launch', 'backfill finished', 'holiday in ' + pick(REGIONS)])} ({pick(PEOPLE)})"
    return f"{d} = '{pick(REGIONS)}' AND {c} BETWEEN {rng.randrange(0, 100)} AND {rng.randrange(100, 10000)}"


# ---------------------------------------------------------------- logs
LG_LIT = [
    "ERROR: syntax error at or near \"FROM\"\nLINE 1: SELECT id, FROM orders\n                   ^",
    "ERROR: column \"x\" does not exist\nHINT: Perhaps you meant to reference the column \"t.x1\".",
    "ORA-00942: table or view does not exist",
    "Traceback (most recent call last):\n  File \"/opt/airflow/dags/etl.py\", line 88, in load\n    df = pd.read_csv(path)\n  File \"/usr/local/lib/python3.11/site-packages/pandas/io/parsers/readers.py\", line 912, in read_csv\nFileNotFoundError: [Errno 2] No such file or directory: '/data/landing/orders_2025-03-14.csv'",
    "pyspark.errors.exceptions.captured.AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `revnue` cannot be resolved. Did you mean one of the following? [`revenue`, `region`].",
    "org.apache.spark.SparkException: Job aborted due to stage failure: Task 3 in stage 12.0 failed 4 times, most recent failure: Lost task 3.3 in stage 12.0 (TID 881) (10.2.4.17 executor 5): java.lang.OutOfMemoryError: Java heap space",
    "Warning  BackOff  3m (x12 over 10m)  kubelet  Back-off restarting failed container etl in pod etl-runner-7f9c8d-x2kzq_data(4b1e...)",
    "Events:\n  Type     Reason     Age   From     Message\n  Normal   Pulled     2m    kubelet  Container image \"ghcr.io/acme/etl:1.4.2\" already present on machine\n  Warning  OOMKilled  1m    kubelet  Container etl exceeded memory limit",
    "java.sql.SQLException: Cannot create PoolableConnectionFactory (Connection refused: connect)\n\tat org.apache.commons.dbcp2.BasicDataSource.createPoolableConnectionFactory(BasicDataSource.java:669)",
    "com.snowflake.client.jdbc.SnowflakeSQLException: SQL compilation error: Object 'ANALYTICS.PUBLIC.ORDERS' does not exist or not authorized.",
    "HTTP 429 Too Many Requests {\"error\": \"rate_limited\", \"retry_after\": 30}",
    "503 Service Unavailable: upstream connect error or disconnect/reset before headers. reset reason: connection failure",
    "{\"type\": \"https://api.example.com/problems/validation\", \"title\": \"Invalid filter\", \"status\": 400, \"detail\": \"Unknown operator '=~' in filter expression\"}",
    "File \"C:\\Users\\ana\\AppData\\Local\\Programs\\Python\\Python311\\Lib\\site-packages\\sqlalchemy\\engine\\base.py\", line 1965, in _exec_single_context",
    "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"orders_pkey\"\nDETAIL:  Key (order_id)=(100482) already exists.",
    "MySQL Error 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'GROUP BY region' at line 3",
    "Msg 208, Level 16, State 1, Line 1\nInvalid object name 'dbo.Orders'.",
    "google.api_core.exceptions.BadRequest: 400 Syntax error: Unexpected keyword WHERE at [3:1]",
    "dbt: Compilation Error in model fct_orders (models/marts/fct_orders.sql)\n  'dict object' has no attribute 'start_date'",
    "Database Error in model stg_payments (models/staging/stg_payments.sql)\n  division by zero",
    "[2025-03-14, 04:00:12 UTC] {taskinstance.py:1937} ERROR - Task failed with exception\nairflow.exceptions.AirflowException: Bash command failed. The command returned a non-zero exit code 127.",
    "/bin/bash: line 1: dbt: command not found",
    "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied",
    "KeyError: 'customer_id'",
    "ValueError: time data '14/03/2025' does not match format '%Y-%m-%d'",
    "Exception in thread \"main\" java.lang.NoClassDefFoundError: org/apache/hadoop/fs/s3a/S3AFileSystem",
    "WARN TaskSetManager: Stage 4 contains a task of very large size (1024 KiB). The maximum recommended task size is 1000 KiB.",
    "2025-03-14T04:02:11.381Z ERROR [loader] failed to COPY INTO raw.orders: File 's3://acme-datalake/raw/orders/part-0007.parquet' not found",
    "SQL Error [57014]: ERROR: canceling statement due to statement timeout",
    "FATAL:  password authentication failed for user \"etl_user\"",
    "Error: ENOENT: no such file or directory, open '/app/config/connections.yml'",
    "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    "MemoryError: Unable to allocate 7.45 GiB for an array with shape (1000000000,) and data type float64",
    "E0314 04:10:55.112 1 reflector.go:140] pkg/mod/k8s.io/client-go: Failed to watch *v1.Pod: unknown (get pods)",
    "ERROR 1146 (42S02): Table 'legacy_crm.contacts_old' doesn't exist",
    "Caused by: java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
    "pandas.errors.ParserError: Error tokenizing data. C error: Expected 12 fields in line 4481, saw 13",
    "ERROR: permission denied for schema mart",
    "Snowflake: 000606 (57P03): No active warehouse selected in the current session.",
    "Trino: Query 20250314_040212_00031_abcde failed: line 2:8: Column 'revenu' cannot be resolved",
]


def gen_lg():
    t, c = pick(TABLES), pick(COLS)
    shape = rng.randrange(7)
    ts = f"2025-0{rng.randrange(1, 4)}-{rng.randrange(10, 29)}T0{rng.randrange(0, 10)}:{rng.randrange(10, 60)}:{rng.randrange(10, 60)}Z"
    if shape == 0:
        return f"{ts} ERROR task=load_{t} attempt={rng.randrange(1, 4)}/3 msg=\"relation \\\"staging.{t}\\\" does not exist\""
    if shape == 1:
        return f"Traceback (most recent call last):\n  File \"/opt/airflow/dags/{t}_pipeline.py\", line {rng.randrange(20, 400)}, in transform\n    df['{c}'] = df['{c}'].astype(float)\nValueError: could not convert string to float: 'n/a'"
    if shape == 2:
        return f"HTTP {pick([400, 401, 403, 404, 409, 500, 502, 504])} from https://api.dataplatform.example/v1/{pick(['queries', 'pipelines', 'dashboards'])}/{rng.randrange(1000, 99999)}: {pick(['request timed out', 'not found', 'conflict: run already in progress', 'internal error, request id ' + format(rng.getrandbits(48), 'x')])}"
    if shape == 3:
        return f"Warning  FailedScheduling  {rng.randrange(1, 59)}s  default-scheduler  0/{rng.randrange(3, 12)} nodes are available: {rng.randrange(1, 5)} Insufficient memory."
    if shape == 4:
        return f"ERROR: column \"{c}\" of relation \"{t}\" does not exist\nLINE 1: INSERT INTO {t} ({c}) VALUES ($1)\n                       ^"
    if shape == 5:
        return f"{ts} WARN  spark.ExecutorAllocationManager: Executor {rng.randrange(1, 40)} lost on 10.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(1, 255)} after heartbeat timeout"
    return f"File \"C:\\Users\\{pick(PEOPLE)}\\projects\\analytics\\{t}.py\", line {rng.randrange(5, 300)}, in <module>\nModuleNotFoundError: No module named '{pick(['pyarrow', 'snowflake', 'dbt', 'great_expectations'])}'"


# ---------------------------------------------------------------- docs
DC_LIT = [
    "## Backfilling a partition\n\n```bash\nairflow dags backfill daily_orders -s 2025-03-01 -e 2025-03-07\n```\n\nCheck the run in the UI before closing the ticket.",
    "Please don't use `SELECT *` in models, list the columns explicitly so schema drift fails loudly.",
    "If the executor disk fills up, `rm -rf /tmp/spark-*` on the node is safe once the job has finished.",
    "We build the filter string from user input, so this is a SQL injection risk. Use bind parameters (`%(region)s`) instead of f-strings.",
    "The dashboard title is rendered as HTML, which would allow XSS if someone put a script tag in it. Escape it in the template.",
    "The export endpoint joins the user-supplied file name onto the base dir; we must reject path traversal (anything with `..` segments) before calling open().",
    "### Runbook: warehouse credentials rotated\n1. `kubectl -n data rollout restart deploy/etl-runner`\n2. `kubectl -n data logs -l app=etl-runner --tail=50`\n3. Confirm the next DAG run is green.",
    "To load the dump: `psql -h db.internal -U analyst -d analytics -f dump.sql`",
    "Copy the file first: `aws s3 cp s3://warehouse-exports/daily/latest.csv.gz . && gunzip latest.csv.gz`",
    "```sql\n-- deduplicate events\nSELECT *\nFROM events\nQUALIFY ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY received_at DESC) = 1\n```",
    "```python\nfor table in tables:\n    spark.sql(f\"OPTIMIZE {table} ZORDER BY (user_id)\")\n```",
    "LGTM 👍 one nit: `COUNT(DISTINCT user_id)` is expensive on this table, consider `APPROX_COUNT_DISTINCT`.",
    "nit: the `WHERE` clause filters after the `LEFT JOIN`, which turns it into an inner join. Move the condition into `ON`.",
    "Die Tabelle `mart.orders` wird jede Nacht um 03:00 Uhr neu geladen. Bei Fehlern bitte im Kanal #data-oncall melden.",
    "Pour relancer le pipeline : `airflow tasks clear daily_orders -t load_orders -s 2025-03-14`. Ne pas oublier de vérifier les doublons.",
    "Para exportar los datos usa `COPY (SELECT * FROM ventas) TO STDOUT WITH CSV HEADER` desde psql, no desde el servidor.",
    "このダッシュボードは毎朝6時に更新されます。数値がおかしい場合は `dbt run --select fct_sales` を再実行してください。",
    "Para rodar localmente: `docker compose up -d` e depois `make seed`. As credenciais ficam em `.env` (não commitar!).",
    "Reminder: never paste prod connection strings in this channel. Use `${WAREHOUSE_URL}` from the vault.",
    "> **Note**\n> The `is_incremental()` macro returns false on the first run, so the whole table is built.",
    "Why does `NULL = NULL` return NULL? Because comparisons with NULL are unknown; use `IS NOT DISTINCT FROM`.",
    "| column | type | description |\n|---|---|---|\n| order_id | bigint | primary key |\n| amount | numeric(12,2) | gross, in cents / 100 |",
    "Security review: the notebook service runs user code in a sandbox; the risk is not code execution (that's the feature) but escaping the container. Tracked in SEC-212.",
    "We saw a scanner hitting `/api/v1/files?path=` with `../` sequences last night; all requests were blocked and returned 400.",
    "Heads-up: `DROP TABLE` in a dbt `post_hook` will run on every build. Use a separate operation instead.",
    "Tip: `kubectl port-forward svc/trino 8080:8080 -n data` then open http://localhost:8080 to see the query UI.",
    "To grant access: `GRANT USAGE ON SCHEMA mart TO analyst_role;` followed by `GRANT SELECT ON ALL TABLES IN SCHEMA mart TO analyst_role;`",
    "Der Fehler `column \"revnue\" does not exist` kommt von einem Tippfehler im Modell, nicht vom Warehouse.",
    "La requête prend 40 min parce qu'il manque un index sur `orders(customer_id, created_at)`.",
    "Revisa el `WHERE created_at > now() - interval '7 days'`: en Snowflake la sintaxis es `DATEADD(day, -7, CURRENT_TIMESTAMP())`.",
    "`git log --oneline -- models/marts/` shows who changed the mart last.",
    "Runbook step 4: `sudo systemctl restart airflow-scheduler` on the scheduler VM, then tail `/var/log/airflow/scheduler.log`.",
    "The CSV injection issue: cells starting with `=`, `+`, `-` or `@` can be treated as formulas by Excel. We now prefix them with a single quote on export.",
    "Template variables like `{{ ds }}` are rendered by Airflow, not by bash, so quoting inside `bash_command` matters.",
    "Merci pour la PR ! Petite remarque : utilise `COALESCE(discount, 0)` sinon la somme devient NULL.",
    "データ型が `STRING` のままなので、`CAST(amount AS NUMERIC)` を追加してください。",
    "A consulta usa `ILIKE '%silva%'`, o que ignora o índice. Considere uma coluna normalizada.",
    "Please rebase on main; `models/staging/_sources.yml` conflicts with #482.",
    "Postmortem: a malformed regex `(a+)+$` in a dashboard filter pinned a worker at 100% CPU (ReDoS). We now run filters with a timeout.",
    "What's the difference between `UNION` and `UNION ALL`? UNION removes duplicates, which needs a sort; use UNION ALL when you know rows are distinct.",
]


def gen_dc():
    t = pick(TABLES)
    shape = rng.randrange(6)
    if shape == 0:
        return f"Reviewed by @{pick(PEOPLE)}: `{pick(SCHEMAS)}.{t}` looks good, but add a `not_null` test on `{t[:-1]}_id`."
    if shape == 1:
        return f"### Runbook: {t} pipeline stuck\n```bash\nkubectl -n data get pods -l job={t}\nkubectl -n data delete pod -l job={t} --field-selector=status.phase=Failed\n```"
    if shape == 2:
        return f"Download the export with `aws s3 cp s3://{pick(BUCKETS)}/exports/{t}/{pick(DATES)}.csv .` and open it in a notebook, not Excel."
    if shape == 3:
        return f"```sql\nSELECT {pick(DIMS)}, COUNT(*)\nFROM {pick(SCHEMAS)}.{t}\nGROUP BY 1;\n```\nUse this to sanity-check the row counts after the {pick(['migration', 'backfill', 'schema change', 'vendor switch'])}."
    if shape == 4:
        return pick(["Hinweis", "Remarque", "Nota", "Note", "注意"]) + f": `{t}` " + pick(["wird stündlich aktualisiert.", "est mis à jour toutes les heures.", "se actualiza cada hora.", "is refreshed hourly.", "は毎時更新されます。", "é atualizada a cada hora."])
    return f"PR #{rng.randrange(100, 999)}: rename `{t}.{pick(COLS)}` → `{pick(COLS)}_usd`; downstream dashboards updated ({pick(PEOPLE)})."


# ---------------------------------------------------------------- data values
DV_LIT = [
    "1001,\"O'Brien, Siobhan\",siobhan@example.ie,Dublin,IE,2025-03-14",
    "Kids' 3-in-1 \"Explorer\" Backpack (12\")",
    "Rua Augusta 274, 3º Esq., 1100-053 Lisboa, Portugal",
    "{\"sku\": \"TS-0042-BLU-M\", \"qty\": 3, \"price\": 19.99, \"tags\": [\"summer\", \"cotton\"]}",
    "aGVsbG8sd29ybGQKMSwyCjMsNAo=",
    "3f2b8c1e-9a4d-4e27-bc1f-6d0e2a7c9b15",
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "https://shop.example.com/products?category=shoes&size=42&sort=price_asc&utm_source=newsletter",
    "ana@example.com; jbauer@example.de; mchen@example.org",
    "x^2 + 2x - 1 = 0",
    "6.02214076e23",
    "C6H12O6 + 6 O2 → 6 CO2 + 6 H2O",
    "🚀 Launch week 🎉",
    "Ben & Jerry's Chunky Monkey® 465 ml",
    "Müller, Jürgen; Straße des 17. Juni 135, 10623 Berlin",
    "東京都渋谷区神南1-2-3 サンプルビル5F",
    "1.2e-7",
    "-0.000345",
    "\"Smith, John\",\"42\",\"Sales, EMEA\",\"He said \"\"hi\"\"\"",
    "H₂SO₄ 98% (technical grade)",
    "{\"lat\": 48.8566, \"lon\": 2.3522, \"accuracy_m\": 12.5}",
    "NaCl 0.9% w/v",
    "σ = √(Σ(xᵢ − x̄)² / (n − 1))",
    "https://maps.example.com/?q=52.5200,13.4050&zoom=14",
    "AT&T Wireless — Plan \"Unlimited Plus\"",
    "d41d8cd98f00b204e9800998ecf8427e",
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "C/ Gran Vía, 28, 4º B, 28013 Madrid",
    "c/o Acme GmbH, Postfach 12 34, 80331 München",
    "\"Le Petit Prince\" — Antoine de Saint-Exupéry (1943)",
    "1/2\" x 3/4\" PVC elbow, 90°",
    "N/A",
    "NULL",
    "true",
    "[1, 2, 3, null, 5]",
    "key=value; other_key=\"quoted value\"",
    "f(x) = 3x³ − 2x + 7",
    "E = mc²",
    "P(A|B) = P(B|A)·P(A) / P(B)",
    "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
]

FIRST = ["Siobhan", "Jean-Luc", "Zoë", "Mateo", "Aiko", "Olu", "Ingrid", "Darnell", "Léa", "Dmitri"]
LAST = ["O'Connor", "García-López", "Nakamura", "D'Angelo", "Müller", "Okafor", "van der Berg", "Ní Bhriain"]
PRODUCTS = ["Men's Trail Runner", "Chef's Knife 8\"", "Kids' Rain Jacket", "\"Barista\" Espresso Grinder",
            "Women's Merino Crew", "Pro-Grip Yoga Mat 6mm", "LED Desk Lamp (warm/cool)"]
CITIES = ["Berlin", "São Paulo", "Osaka", "Lyon", "Cork", "Austin", "Kraków", "Medellín"]


def gen_dv():
    shape = rng.randrange(8)
    if shape == 0:
        return f"{rng.randrange(1000, 99999)},\"{pick(LAST)}, {pick(FIRST)}\",{pick(CITIES)},{rng.randrange(1, 500)}.{rng.randrange(0, 100):02d},{pick(DATES)}"
    if shape == 1:
        return f"{pick(PRODUCTS)} — {pick(['Black', 'Navy', 'Sage', 'Sand'])}, size {pick(['S', 'M', 'L', 'XL', '42', '10'])}"
    if shape == 2:
        return json.dumps({"customer": f"{pick(FIRST)} {pick(LAST)}", "city": pick(CITIES),
                           "orders": rng.randrange(1, 40), "ltv": round(rng.random() * 5000, 2)}, ensure_ascii=False)
    if shape == 3:
        return "%08x-%04x-4%03x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                               0x8000 | rng.getrandbits(14), rng.getrandbits(48))
    if shape == 4:
        return f"{rng.randrange(1, 10)}.{rng.randrange(0, 1000):03d}e{pick(['-', '+', ''])}{rng.randrange(1, 30)}"
    if shape == 5:
        return f"https://{pick(['shop', 'docs', 'app'])}.example.com/{pick(['search', 'p', 'reports'])}?q={pick(['winter+boots', 'caf%C3%A9', 'q1-review', 'a%26b'])}&page={rng.randrange(1, 30)}"
    if shape == 6:
        return f"{pick(FIRST)} {pick(LAST)} <{pick(PEOPLE)}@example.{pick(['com', 'de', 'fr', 'jp', 'br'])}>"
    return format(rng.getrandbits(160), "040x")


CATS = [
    ("saved-queries", SQ_LIT, gen_sq),
    ("dbt-and-templated-sql", DBT_LIT, gen_dbt),
    ("notebook-cells", NB_LIT, gen_nb),
    ("pipeline-configs", PC_LIT, gen_pc),
    ("dashboard-and-filters", DB_LIT, gen_db),
    ("logs-and-errors", LG_LIT, gen_lg),
    ("docs-and-comments", DC_LIT, gen_dc),
    ("data-values", DV_LIT, gen_dv),
]


def main():
    seen = set()
    rows = []
    for cat, lits, gen in CATS:
        vals = []
        for v in lits:
            if v not in seen and len(vals) < PER_CAT:
                seen.add(v)
                vals.append(v)
        tries = 0
        while len(vals) < PER_CAT and tries < 10000:
            tries += 1
            v = gen()
            if v in seen or len(v) >= MAXLEN:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            assert isinstance(v, str) and len(v) < MAXLEN
            rows.append((cat, v))
    out = os.path.join(HERE, "benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            fh.write(json.dumps({"id": f"hb18-{i:05d}", "category": cat, "label": "benign",
                                 "value": v}, ensure_ascii=False) + "\n")
    counts = Counter(c for c, _ in rows)
    for cat, _, _ in CATS:
        print(f"{cat:24s} {counts[cat]}")
    print(f"{'total':24s} {len(rows)}")


if __name__ == "__main__":
    main()
