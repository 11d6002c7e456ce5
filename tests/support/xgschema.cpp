#include "xgschema.h"

using namespace Qt::StringLiterals;

namespace paynudge::test {

QStringList xgSchema(XgDialect dialect)
{
    if (dialect == XgDialect::MySql) {
        // price in yuan; create_time in unix seconds; state 0 unpaid, 1 paid, 2 cancelled.
        return {
            uR"(CREATE TABLE xg_orders (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  order_sn VARCHAR(64) NOT NULL,
  user_id INT NOT NULL DEFAULT 0,
  token VARCHAR(32) NOT NULL DEFAULT '',
  product_id INT NOT NULL DEFAULT 0,
  type_id INT NOT NULL DEFAULT 0,
  num INT NOT NULL DEFAULT 1,
  price DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  state TINYINT NOT NULL DEFAULT 0,
  use_time VARCHAR(32) NOT NULL DEFAULT '',
  create_time INT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY order_sn (order_sn)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4)"_s,
            uR"(CREATE TABLE xg_user_child (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id INT NOT NULL DEFAULT 0,
  token VARCHAR(32) NOT NULL DEFAULT '',
  openid VARCHAR(64) NOT NULL DEFAULT '',
  nickname VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (id),
  KEY user_token (user_id, token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4)"_s,
            uR"(CREATE TABLE xg_product (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4)"_s,
            uR"(CREATE TABLE xg_product_type (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  product_id INT NOT NULL DEFAULT 0,
  name VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4)"_s,
        };
    }
    return {
        uR"(CREATE TABLE xg_orders (
  id SERIAL PRIMARY KEY,
  order_sn VARCHAR(64) NOT NULL UNIQUE,
  user_id INTEGER NOT NULL DEFAULT 0,
  token VARCHAR(32) NOT NULL DEFAULT '',
  product_id INTEGER NOT NULL DEFAULT 0,
  type_id INTEGER NOT NULL DEFAULT 0,
  num INTEGER NOT NULL DEFAULT 1,
  price NUMERIC(10,2) NOT NULL DEFAULT 0.00,
  state SMALLINT NOT NULL DEFAULT 0,
  use_time VARCHAR(32) NOT NULL DEFAULT '',
  create_time INTEGER NOT NULL DEFAULT 0
))"_s,
        uR"(CREATE TABLE xg_user_child (
  id SERIAL PRIMARY KEY,
  user_id INTEGER NOT NULL DEFAULT 0,
  token VARCHAR(32) NOT NULL DEFAULT '',
  openid VARCHAR(64) NOT NULL DEFAULT '',
  nickname VARCHAR(255) NOT NULL DEFAULT ''
))"_s,
        u"CREATE INDEX xg_user_child_user_token ON xg_user_child (user_id, token)"_s,
        uR"(CREATE TABLE xg_product (
  id SERIAL PRIMARY KEY,
  name VARCHAR(255) NOT NULL DEFAULT ''
))"_s,
        uR"(CREATE TABLE xg_product_type (
  id SERIAL PRIMARY KEY,
  product_id INTEGER NOT NULL DEFAULT 0,
  name VARCHAR(255) NOT NULL DEFAULT ''
))"_s,
    };
}

} // namespace paynudge::test
