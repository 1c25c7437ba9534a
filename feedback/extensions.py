"""Flask extensions, created unbound here and bound to the app in `create_app`, and a way to
commit that keeps what the session has loaded."""

from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base for every model; constraint names are stable for migrations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
csrf = CSRFProtect()
login_manager = LoginManager()


def commit_keeping_loaded() -> None:
    """Commit the session without expiring the objects it holds, so reading them afterwards
    costs no query. Only for requests that go on to read what they have just written or did not
    change (a respondent's own draft, the survey they are answering): anything another
    transaction changes meanwhile is not seen until the next request."""
    session = db.session()
    session.expire_on_commit = False
    try:
        db.session.commit()
    finally:
        session.expire_on_commit = True
